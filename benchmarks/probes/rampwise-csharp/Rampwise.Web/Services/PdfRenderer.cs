using System.Diagnostics;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

/// <summary>Thin wrapper around wkhtmltopdf used for SLA reports and loadsheets.</summary>
public class PdfRenderer
{
    private readonly RampwiseOptions _options;
    private readonly ILogger<PdfRenderer> _logger;

    public PdfRenderer(IOptions<RampwiseOptions> options, ILogger<PdfRenderer> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task RenderReportAsync(string htmlPath, string pdfPath, string paperSize, string title, CancellationToken ct)
    {
        var arguments = $"-c \"{_options.WkhtmltopdfPath} --quiet --page-size {paperSize} --title '{title.Replace("'", "")}' {htmlPath} {pdfPath}\"";
        var psi = new ProcessStartInfo("/bin/sh", arguments) { RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!; // VULN cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogError("wkhtmltopdf failed ({Code}): {Error}", process.ExitCode, stderr);
            throw new InvalidOperationException("PDF rendering failed");
        }
    }

    public async Task RenderLoadsheetAsync(string htmlPath, string pdfPath, string flightNumber, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(_options.WkhtmltopdfPath) { RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("--quiet");
        psi.ArgumentList.Add("--page-size");
        psi.ArgumentList.Add("A4");
        psi.ArgumentList.Add("--title");
        psi.ArgumentList.Add($"Loadsheet {flightNumber}");
        psi.ArgumentList.Add(htmlPath);
        psi.ArgumentList.Add(pdfPath);

        using var process = Process.Start(psi)!; // SAFE cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Loadsheet rendering failed with exit code {process.ExitCode}");
        }
    }
}
