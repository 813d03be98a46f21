using System.Text;
using System.Text.RegularExpressions;

namespace Quayside.Api.Security;

public static partial class InputRules
{
    [GeneratedRegex("^[A-Z]{3,5}$")]
    private static partial Regex PortCodePattern();

    [GeneratedRegex("^[A-Z]{3}-[A-Z]{3}$")]
    private static partial Regex RouteCodePattern();

    [GeneratedRegex(@"^[A-Z]{3}[UJZ][0-9]{7}$")]
    private static partial Regex ContainerIdPattern();

    [GeneratedRegex("[A-Za-z0-9_-]+")]
    private static partial Regex PrinterNamePattern();

    [GeneratedRegex("^[A-Z0-9]{6}$")]
    private static partial Regex BookingReferencePattern();

    public static bool IsPortCode(string? value) => value is not null && PortCodePattern().IsMatch(value);

    public static bool IsRouteCode(string? value) => value is not null && RouteCodePattern().IsMatch(value);

    public static bool IsContainerId(string? value) => value is not null && ContainerIdPattern().IsMatch(value);

    public static bool IsPrinterName(string? value) => value is not null && PrinterNamePattern().IsMatch(value);

    public static bool IsBookingReference(string? value) => value is not null && BookingReferencePattern().IsMatch(value);

    /// <summary>RFC 4515 escaping for values placed inside an LDAP search filter.</summary>
    public static string EscapeLdapFilter(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
