using System.Text;

namespace Fellside.Infrastructure;

public static class SortColumns
{
    private static readonly IReadOnlyDictionary<string, string> CalloutColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["opened"] = "opened_utc",
            ["severity"] = "severity",
            ["location"] = "location",
            ["ref"] = "incident_ref",
            ["team"] = "team_code"
        };

    public static string ResolveCalloutColumn(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return "opened_utc";
        }

        if (!CalloutColumns.TryGetValue(requested, out var column))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "Unknown sort column.");
        }

        return column;
    }
}

public static class LdapFilter
{
    /// <summary>RFC 4515 escaping for values placed inside a search filter.</summary>
    public static string EscapeValue(string value)
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

    /// <summary>Tidies free-text name searches typed by controllers on the radio desk.</summary>
    public static string NormaliseName(string value) =>
        value.Trim().Replace("*", string.Empty);
}
