using System.Diagnostics;
using Innkeep.Config;
using Innkeep.Models;
using Microsoft.Extensions.Options;

namespace Innkeep.Services;

public class ReportService(IOptions<InnkeepOptions> options, ILogger<ReportService> logger)
{
    private readonly InnkeepOptions _options = options.Value;

    public async Task<string> ExportNightAuditAsync(DateOnly businessDate, string title, string htmlBody)
    {
        Directory.CreateDirectory(_options.ReportOutputRoot);
        var htmlPath = Path.Combine(_options.ReportOutputRoot, $"night-audit-{businessDate:yyyyMMdd}.html");
        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");
        await File.WriteAllTextAsync(htmlPath, htmlBody);

        var psi = new ProcessStartInfo("/bin/sh", $"-c \"wkhtmltopdf --quiet --title '{title}' {htmlPath} {pdfPath}\"") // VULN cmdi
        { RedirectStandardError = true, UseShellExecute = false };
        await RunAsync(psi);
        return pdfPath;
    }

    public async Task<string> ConvertFolioAsync(Guid folioId, FolioFormat format)
    {
        var target = format switch
        {
            FolioFormat.Pdf => "pdf",
            FolioFormat.Docx => "docx",
            FolioFormat.Csv => "csv",
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        var source = Path.Combine(_options.FolioRoot, $"{folioId:N}.odt");
        var psi = new ProcessStartInfo("/bin/sh", $"-c \"soffice --headless --convert-to {target} --outdir {_options.ReportOutputRoot} {source}\"") // SAFE cmdi
        { RedirectStandardError = true, UseShellExecute = false };
        await RunAsync(psi);
        return Path.Combine(_options.ReportOutputRoot, $"{folioId:N}.{target}");
    }

    public async Task RunNightlyBackupAsync()
    {
        using var proc = Process.Start("/usr/local/bin/innkeep-backup", "--target nightly --retain 14"); // SAFE cmdi
        await proc.WaitForExitAsync();
        logger.LogInformation("Nightly backup finished with exit code {Code}", proc.ExitCode);
    }

    private async Task RunAsync(ProcessStartInfo psi)
    {
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("Could not start converter.");
        var stderr = await proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync();
        if (proc.ExitCode != 0)
            logger.LogWarning("Converter exited with {Code}: {Error}", proc.ExitCode, stderr);
    }
}
