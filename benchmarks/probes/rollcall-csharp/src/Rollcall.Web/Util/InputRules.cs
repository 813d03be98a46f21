using System.Text.RegularExpressions;

namespace Rollcall.Web.Util;

public static partial class InputRules
{
    // e.g. 2024-T1
    [GeneratedRegex(@"^\d{4}-T[1-3]", RegexOptions.CultureInvariant)]
    public static partial Regex TermLabel();

    [GeneratedRegex(@"[A-Za-z0-9_-]{3,40}", RegexOptions.CultureInvariant)]
    public static partial Regex ExportName();

    // e.g. NB-12, SE-104
    [GeneratedRegex(@"[A-Z]{2}-\d{2,3}", RegexOptions.CultureInvariant)]
    public static partial Regex RouteCode();

    [GeneratedRegex(@"^S\d{7}$", RegexOptions.CultureInvariant)]
    public static partial Regex StudentNumber();
}
