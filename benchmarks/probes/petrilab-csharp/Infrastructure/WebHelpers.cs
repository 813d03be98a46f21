using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Petrilab.Infrastructure;

public static class NavigationHelper
{
    private static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["results"] = "/portal/results",
        ["invoices"] = "/portal/invoices",
        ["pickups"] = "/portal/pickups",
        ["notes"] = "/portal/notes",
        ["welcome"] = "/portal/welcome",
    };

    /// <summary>Sends the user back to the portal page they came from.</summary>
    public static IResult BackTo(string? returnUrl, string fallback = "/portal/welcome")
    {
        if (string.IsNullOrWhiteSpace(returnUrl) || !returnUrl.StartsWith('/'))
        {
            return Results.Redirect(fallback);
        }

        return Results.Redirect(returnUrl); // VULN redirect
    }

    public static IResult ToSection(string? section)
    {
        var target = section is not null && Sections.TryGetValue(section, out var path) ? path : "/portal/welcome";
        return Results.Redirect(target); // SAFE redirect
    }
}

public static partial class TextFormatting
{
    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldMarkup();

    [GeneratedRegex(@"__(.+?)__")]
    private static partial Regex UnderlineMarkup();

    /// <summary>Turns the lightweight markup clinics use in notes (**bold**, __underline__) into HTML.</summary>
    public static string NoteToHtml(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var html = BoldMarkup().Replace(text, "<strong>$1</strong>");
        html = UnderlineMarkup().Replace(html, "<u>$1</u>");
        return html.Replace("\r\n", "\n").Replace("\n", "<br />");
    }

    /// <summary>HTML-encodes free text and keeps its line breaks.</summary>
    public static string EncodeWithBreaks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return HtmlEncoder.Default.Encode(text).Replace("&#xD;", string.Empty).Replace("&#xA;", "<br />");
    }
}
