using System.Text;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

/// <summary>Generated SLA reports (PDF/HTML) and CSV manifest exports.</summary>
public class ReportStorage
{
    private readonly RampwiseOptions _options;

    public ReportStorage(IOptions<RampwiseOptions> options)
    {
        _options = options.Value;
    }

    public string ReportRoot => _options.ReportRoot;

    public string NewWorkingFile(string airline, int year, int month, string extension)
    {
        Directory.CreateDirectory(_options.ReportRoot);
        var name = $"sla-{airline.ToLowerInvariant()}-{year:D4}{month:D2}-{Guid.NewGuid():N}.{extension}";
        return Path.Combine(_options.ReportRoot, name);
    }

    public Stream OpenReport(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || PathGuard.LooksLikeTraversal(fileName))
        {
            throw new UnauthorizedAccessException("Invalid report name");
        }

        // Report links in e-mails are generated with an extra round of escaping by the mailer.
        var decoded = Uri.UnescapeDataString(fileName);
        var fullPath = Path.Combine(_options.ReportRoot, decoded);
        return File.OpenRead(fullPath); // VULN path
    }

    public async Task<string> WriteExportAsync(string exportName, string csv, CancellationToken ct)
    {
        var exportDir = Path.Combine(_options.ExportRoot, DateTime.UtcNow.ToString("yyyyMMdd"));
        Directory.CreateDirectory(exportDir);
        var name = Path.HasExtension(exportName) ? exportName : exportName + ".csv";
        var path = Path.Combine(exportDir, name);
        await File.WriteAllTextAsync(path, csv, Encoding.UTF8, ct); // VULN path
        return path;
    }
}
