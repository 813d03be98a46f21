using System.Text;
using System.Text.RegularExpressions;

namespace Enrolla.Core.Util;

public static partial class InputRules
{
    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex UrnPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9._-]{2,30}$")]
    private static partial Regex UsernamePattern();

    public static bool IsUrn(string? value) => value is not null && UrnPattern().IsMatch(value);

    public static string RequireUrn(string? value) =>
        IsUrn(value) ? value! : throw new ArgumentException("URN must be six digits.");

    public static bool IsUsername(string? value) => value is not null && UsernamePattern().IsMatch(value);

    public static string NormalisePostcode(string postcode) =>
        postcode.Replace(" ", string.Empty).ToUpperInvariant();
}

public static class LdapFilter
{
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => @"\5c",
                '*' => @"\2a",
                '(' => @"\28",
                ')' => @"\29",
                '\0' => @"\00",
                _ => c.ToString()
            });
        }
        return sb.ToString();
    }
}
