using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Cantabile.Domain;

namespace Cantabile.Services;

/// <summary>Builds the embeddable provisional scoreboard shown on partner sites and the hall screens.</summary>
public sealed class ScoreboardPage
{
    private readonly HtmlEncoder _html = HtmlEncoder.Default;

    public string Build(string category, IReadOnlyList<RankedEntry> standings, string? highlight)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta http-equiv=\"refresh\" content=\"60\">");
        sb.Append("<link rel=\"stylesheet\" href=\"/css/scoreboard.css\"><title>Provisional standings</title></head><body>");
        sb.Append("<h1>Provisional standings &mdash; ").Append(_html.Encode(category)).Append("</h1>");

        if (!string.IsNullOrWhiteSpace(highlight))
        {
            sb.Append($"<p class=\"note\">Following: <strong>{_html.Encode(highlight)}</strong></p>"); // SAFE xss
        }

        sb.Append("<table class=\"standings\"><thead><tr><th>#</th><th>Choir</th><th>Average</th></tr></thead><tbody>");
        foreach (var entry in standings)
        {
            var isHighlighted = highlight is not null && entry.ChoirName.Contains(highlight, StringComparison.OrdinalIgnoreCase);
            sb.Append(isHighlighted ? "<tr class=\"followed\">" : "<tr>");
            sb.Append("<td>").Append(entry.Place.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            sb.Append($"<td><a href=\"{_html.Encode(entry.Website ?? "#")}\" target=\"_blank\" rel=\"noopener\">{_html.Encode(entry.ChoirName)}</a></td>"); // VULN xss
            sb.Append("<td>").Append(entry.Total.ToString("0.0", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        sb.Append("</tbody></table><footer>Scores are provisional until confirmed by the jury chair.</footer></body></html>");
        return sb.ToString();
    }
}
