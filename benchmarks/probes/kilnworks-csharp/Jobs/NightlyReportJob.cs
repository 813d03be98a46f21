using System.Net;
using System.Text;
using Kilnworks.Data;
using Kilnworks.Services;

namespace Kilnworks.Jobs;

public sealed class NightlyReportJob
{
    private readonly SavedReportRepository _reports;
    private readonly IEmailSender _email;
    private readonly ILogger<NightlyReportJob> _logger;

    public NightlyReportJob(SavedReportRepository reports, IEmailSender email, ILogger<NightlyReportJob> logger)
    {
        _reports = reports;
        _email = email;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var report in await _reports.AllAsync(ct))
        {
            try
            {
                var rows = await _reports.RunAsync(report, ct);
                var html = new StringBuilder();
                html.Append("<h2>").Append(WebUtility.HtmlEncode(report.Title)).Append("</h2><table>");
                html.Append("<tr><th>Kiln</th><th>Cone</th><th>Firings</th><th>Avg peak</th></tr>");
                foreach (var row in rows)
                {
                    html.Append("<tr><td>").Append(WebUtility.HtmlEncode(row.Kiln))
                        .Append("</td><td>").Append(WebUtility.HtmlEncode(row.Cone))
                        .Append("</td><td>").Append(row.Firings)
                        .Append("</td><td>").Append(row.AveragePeakC?.ToString("F0") ?? "-")
                        .Append("</td></tr>");
                }
                html.Append("</table>");
                await _email.SendAsync(report.Recipient, $"Kilnworks report: {report.Title}", html.ToString(), ct);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Saved report {Report} failed", report.Id);
            }
        }
    }
}
