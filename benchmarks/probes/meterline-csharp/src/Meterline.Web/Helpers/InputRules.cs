using System.Text.RegularExpressions;

namespace Meterline.Helpers;

public static partial class InputRules
{
    [GeneratedRegex(@"^(?=.{1,253}\z)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\z")]
    private static partial Regex HostNamePattern();

    [GeneratedRegex(@"^[A-Z]{2}-\d{3}\z")]
    private static partial Regex RouteCodePattern();

    public static bool IsHostName(string? value) =>
        !string.IsNullOrEmpty(value) && HostNamePattern().IsMatch(value);

    public static bool IsRouteCode(string? value) =>
        !string.IsNullOrEmpty(value) && RouteCodePattern().IsMatch(value);
}
