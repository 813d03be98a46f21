using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

/// <summary>Bundles signed lease documents and invoice extracts for the accountants.</summary>
public sealed class LeaseArchiveExporter
{
    private static readonly Regex ArchiveLabel = new("[A-Za-z0-9_-]+");

    private readonly StorageOptions _storage;
    private readonly ILogger<LeaseArchiveExporter> _logger;

    public LeaseArchiveExporter(IOptions<StorageOptions> storage, ILogger<LeaseArchiveExporter> logger)
    {
        _storage = storage.Value;
        _logger = logger;
    }

    public async Task<string> ExportLeaseDocumentsAsync(string label, int year, CancellationToken ct = default)
    {
        if (!ArchiveLabel.IsMatch(label))
        {
            throw new ArgumentException("Archive label may only contain letters, digits, '-' and '_'.", nameof(label));
        }

        var target = Path.Combine(_storage.ExportRoot, $"{label}-{year}.tar.gz");
        var leaseFolder = Path.Combine(_storage.DocumentRoot, "leases");
        var startInfo = new ProcessStartInfo("/bin/bash", $"-c \"tar -czf '{target}' -C '{leaseFolder}' --wildcards '*-{year}-*.pdf'\"")
        {
            RedirectStandardError = true,
            UseShellExecute = false
        };

        using var process = Process.Start(startInfo)!; // VULN cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("Lease archive {Label} failed: {Error}", label, stderr);
            throw new InvalidOperationException("Lease archive export failed.");
        }
        return target;
    }

    public async Task<string> ExportInvoiceBatchAsync(Guid batchId, CancellationToken ct = default)
    {
        var batch = batchId.ToString("N");
        var target = Path.Combine(_storage.ExportRoot, $"invoices-{batch}.csv.gz");
        var startInfo = new ProcessStartInfo("/bin/bash", $"-c \"psql --no-psqlrc -At -c 'COPY (SELECT * FROM invoice_export_{batch}) TO STDOUT WITH CSV HEADER' | gzip > '{target}'\"")
        {
            RedirectStandardError = true,
            UseShellExecute = false
        };
        startInfo.Environment["PGSERVICE"] = "oakharbor-exports";

        using var process = Process.Start(startInfo)!; // SAFE cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Invoice batch {batch} export failed with exit code {process.ExitCode}.");
        }
        return target;
    }
}
