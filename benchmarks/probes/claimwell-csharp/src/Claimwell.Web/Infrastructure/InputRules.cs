using System.Text.RegularExpressions;

namespace Claimwell.Web.Infrastructure;

public static partial class InputRules
{
    [GeneratedRegex(@"^[A-Z]{2}\d{8}$")]
    private static partial Regex PolicyNumberPattern();

    [GeneratedRegex(@"CLM-\d{4}-\d{6}")]
    private static partial Regex ClaimReferencePattern();

    [GeneratedRegex(@"^[A-Z]{3}-\d{2}$")]
    private static partial Regex ProductCodePattern();

    public static bool IsPolicyNumber(string? value) =>
        !string.IsNullOrEmpty(value) && PolicyNumberPattern().IsMatch(value);

    public static bool IsClaimReference(string? value) =>
        !string.IsNullOrEmpty(value) && ClaimReferencePattern().IsMatch(value);

    public static bool IsProductCode(string? value) =>
        !string.IsNullOrEmpty(value) && ProductCodePattern().IsMatch(value);

    public static readonly IReadOnlySet<string> LossTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fire", "flood", "storm", "theft", "collision", "glass", "liability", "medical", "baggage", "other"
    };
}
