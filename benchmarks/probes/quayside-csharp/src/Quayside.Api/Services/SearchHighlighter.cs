using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Quayside.Api.Services;

public static class SearchHighlighter
{
    /// <summary>Wraps matches of <paramref name="term"/> in &lt;mark&gt; after encoding the text.</summary>
    public static string Highlight(string text, string? term)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        if (string.IsNullOrWhiteSpace(term))
        {
            return encoded;
        }

        var pattern = Regex.Escape(HtmlEncoder.Default.Encode(term.Trim()));
        return Regex.Replace(encoded, pattern, "<mark>$0</mark>", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
    }

    public static string Heading(int count, string? term) =>
        string.IsNullOrWhiteSpace(term)
            ? $"{count} most recent bookings"
            : $"{count} bookings matching <strong>&ldquo;{AttributeEscape(term.Trim())}&rdquo;</strong>";

    /// <summary>Shared with the tag helpers that emit data-* attributes.</summary>
    public static string AttributeEscape(string value) =>
        value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
