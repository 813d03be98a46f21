using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Rollcall.Web.Util;

/// <summary>Small helper for the printable HTML reports served straight from the API.</summary>
public sealed class HtmlReportBuilder
{
    private readonly StringBuilder _body = new();
    private readonly HtmlEncoder _encoder = HtmlEncoder.Default;
    private string _documentTitle = "Rollcall report";

    public HtmlReportBuilder Title(string title)
    {
        _documentTitle = _encoder.Encode(title);
        _body.Append("<header class=\"report-title\"><h1>").Append(title).Append("</h1></header>");
        return this;
    }

    public HtmlReportBuilder Paragraph(string text)
    {
        _body.Append("<p>").Append(_encoder.Encode(text)).Append("</p>");
        return this;
    }

    public HtmlReportBuilder Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append("<table class=\"report\"><thead><tr>");
        foreach (var header in headers)
        {
            _body.Append("<th>").Append(_encoder.Encode(header)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append("<td>").Append(_encoder.Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>");
        }

        _body.Append("</tbody></table>");
        return this;
    }

    public HtmlReportBuilder Footer(DateTimeOffset generatedAt)
    {
        _body.Append("<footer>Generated ")
            .Append(generatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Append(" UTC</footer>");
        return this;
    }

    public string Build() =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
        $"<title>{_documentTitle}</title>" +
        "<link rel=\"stylesheet\" href=\"/css/report.css\"></head><body>" +
        _body +
        "</body></html>";
}
