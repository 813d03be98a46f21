using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Quayside.Functions.Printing;

public sealed class TicketPrintRunner
{
    private readonly string _workDir;
    private readonly ILogger<TicketPrintRunner> _logger;

    public TicketPrintRunner(IConfiguration configuration, ILogger<TicketPrintRunner> logger)
    {
        _workDir = configuration["Printing:WorkDir"] ?? Path.Combine(Path.GetTempPath(), "quayside-tickets");
        _logger = logger;
    }

    public async Task PrintAsync(TicketPrintMessage job, CancellationToken ct)
    {
        Directory.CreateDirectory(_workDir);
        var htmlPath = Path.Combine(_workDir, $"{job.BookingId:N}.html");
        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");

        await File.WriteAllTextAsync(htmlPath, RenderHtml(job), ct);

        using (var render = Process.Start("/bin/bash", $"-c \"wkhtmltopdf --quiet --page-size A6 --title 'Ticket {job.Reference} - {job.PassengerName}' {htmlPath} {pdfPath}\"")) // VULN cmdi
        {
            await render.WaitForExitAsync(ct);
            if (render.ExitCode != 0)
            {
                throw new InvalidOperationException($"wkhtmltopdf failed for {job.Reference} with exit code {render.ExitCode}.");
            }
        }

        var print = new ProcessStartInfo("lp") { UseShellExecute = false };
        print.ArgumentList.Add("-d");
        print.ArgumentList.Add(job.Printer);
        print.ArgumentList.Add("-t");
        print.ArgumentList.Add($"Ticket {job.Reference}");
        print.ArgumentList.Add("--");
        print.ArgumentList.Add(pdfPath);

        using var lp = Process.Start(print)!; // SAFE cmdi
        await lp.WaitForExitAsync(ct);
        if (lp.ExitCode != 0)
        {
            _logger.LogWarning("lp returned {Code} for ticket {Reference}", lp.ExitCode, job.Reference);
        }

        File.Delete(htmlPath);
    }

    private static string RenderHtml(TicketPrintMessage job) =>
        $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Ticket {WebUtility.HtmlEncode(job.Reference)}</title></head>
        <body style="font-family: Arial, sans-serif">
          <h1>{WebUtility.HtmlEncode(job.RouteCode)}</h1>
          <p>{WebUtility.HtmlEncode(job.PassengerName)}</p>
          <p>{job.DepartsAt.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}</p>
          <p style="font-family: monospace; font-size: 20px">{WebUtility.HtmlEncode(job.Barcode)}</p>
        </body></html>
        """;
}
