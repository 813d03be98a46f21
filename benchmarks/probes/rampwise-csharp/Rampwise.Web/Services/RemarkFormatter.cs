using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Rampwise.Web.Services;

public static partial class RemarkFormatter
{
    private static readonly IReadOnlyDictionary<string, string> DelayDescriptions = new Dictionary<string, string>
    {
        ["11"] = "Late check-in",
        ["13"] = "Check-in error",
        ["31"] = "Aircraft documentation late",
        ["32"] = "Loading / unloading",
        ["33"] = "Loading equipment",
        ["35"] = "Aircraft cleaning",
        ["36"] = "Fuelling / defuelling",
        ["37"] = "Catering",
        ["39"] = "Technical equipment",
        ["93"] = "Aircraft rotation"
    };

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldMarker();

    [GeneratedRegex(@"\b(DLY|HOLD|AOG)\b")]
    private static partial Regex Keyword();

    /// <summary>
    /// Remarks are typed on the ramp tablets with a tiny markup: **bold** and highlighted keywords.
    /// </summary>
    public static string ToHtml(string? remarks)
    {
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return string.Empty;
        }

        var html = BoldMarker().Replace(remarks, "<strong>$1</strong>");
        html = Keyword().Replace(html, "<mark>$1</mark>");
        return html.Replace("\r\n", "\n").Replace("\n", "<br />");
    }

    public static string DelayBadge(string? delayCode)
    {
        if (string.IsNullOrEmpty(delayCode))
        {
            return "<span class=\"badge bg-success\">On time</span>";
        }

        var description = DelayDescriptions.TryGetValue(delayCode[..Math.Min(2, delayCode.Length)], out var d) ? d : "Other";
        var encoder = HtmlEncoder.Default;
        return $"<span class=\"badge bg-warning\" title=\"{encoder.Encode(description)}\">DL {encoder.Encode(delayCode)}</span>";
    }
}
