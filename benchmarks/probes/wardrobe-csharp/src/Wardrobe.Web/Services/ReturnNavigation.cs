namespace Wardrobe.Web.Services;

/// <summary>
/// Where the returns desk screens go after a check-in. The handheld scanners post short keys,
/// the desktop screens post the page they came from.
/// </summary>
public sealed class ReturnNavigation
{
    private const string DefaultDestination = "/returns/desk";

    private static readonly IReadOnlyDictionary<string, string> Destinations =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["desk"] = DefaultDestination,
            ["laundry"] = "/returns/laundry",
            ["repairs"] = "/returns/repairs",
            ["catalogue"] = "/productions",
        };

    public string Resolve(string? next)
    {
        if (string.IsNullOrWhiteSpace(next))
        {
            return DefaultDestination;
        }

        return Destinations.GetValueOrDefault(next.Trim(), next);
    }
}
