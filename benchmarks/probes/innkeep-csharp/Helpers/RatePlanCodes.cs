using System.Text.RegularExpressions;

namespace Innkeep.Helpers;

public static partial class RatePlanCodes
{
    [GeneratedRegex("^[A-Z]{3}[0-9]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanCodePattern();

    public static string EnsureValid(string? planCode)
    {
        var normalized = planCode?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!PlanCodePattern().IsMatch(normalized))
            throw new ArgumentException("Rate plan codes are three letters followed by up to three digits.", nameof(planCode));
        return normalized;
    }
}
