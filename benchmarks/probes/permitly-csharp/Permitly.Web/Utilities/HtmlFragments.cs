namespace Permitly.Web.Utilities;

public static class HtmlFragments
{
    public static string SearchBanner(string term, int hits) =>
        hits == 0
            ? $"<p class=\"search-banner empty\">No matches for <strong>{term}</strong> in this application.</p>"
            : $"<p class=\"search-banner\">{hits} match{(hits == 1 ? "" : "es")} for <strong>{term}</strong></p>";

    public static string StatusBadge(string status) =>
        $"<span class=\"badge badge-{status.ToLowerInvariant()}\">{status}</span>";

    public static int CountOccurrences(string text, string term)
    {
        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }
}
