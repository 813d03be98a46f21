using System.Text.RegularExpressions;

namespace Permitly.Web.Utilities;

public static partial class InputFormats
{
    public const string PermitNumberRoute = @"^BP-\d{{4}}-\d{{5}}$";

    [GeneratedRegex(@"^BP-\d{4}-\d{5}$")]
    private static partial Regex PermitNumber();

    // R-1, R-2A, C-3, MU-12, I-2 ...
    [GeneratedRegex(@"^[A-Z]{1,3}-\d{1,2}[A-Z]?$")]
    private static partial Regex DistrictCode();

    public static bool IsPermitNumber(string? value) => value is not null && PermitNumber().IsMatch(value);

    public static bool IsDistrictCode(string? value) => value is not null && DistrictCode().IsMatch(value);
}
