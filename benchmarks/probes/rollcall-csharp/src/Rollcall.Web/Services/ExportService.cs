using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;

namespace Rollcall.Web.Services;

public enum ExportFormat
{
    Zip,
    TarGz,
}

/// <summary>Packages a school's nightly CSV extracts for the state reporting portal.</summary>
public sealed class ExportService
{
    private readonly StorageOptions _storage;
    private readonly ILogger<ExportService> _logger;

    public ExportService(IOptions<StorageOptions> storage, ILogger<ExportService> logger)
    {
        _storage = storage.Value;
        _logger = logger;
    }

    public async Task<string> CreateArchiveAsync(string exportName, int schoolId, ExportFormat format, CancellationToken ct)
    {
        var sourceDir = Path.Combine(_storage.ExportRoot, "schools", schoolId.ToString(CultureInfo.InvariantCulture));
        var archiveDir = Path.Combine(_storage.ExportRoot, "archives");
        Directory.CreateDirectory(archiveDir);

        if (format == ExportFormat.Zip)
        {
            var zipPath = Path.Combine(archiveDir, $"{schoolId}-{DateTime.UtcNow:yyyyMMddHHmmss}.zip");
            ZipFile.CreateFromDirectory(sourceDir, zipPath, CompressionLevel.Optimal, includeBaseDirectory: false);
            return zipPath;
        }

        // The state portal only accepts gzip'd tarballs with POSIX permissions preserved.
        var archive = Path.Combine(archiveDir, exportName + ".tar.gz");
        using var process = Process.Start("/bin/bash", $"-c \"tar -czpf '{archive}' -C '{sourceDir}' .\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogError("tar exited with {Code} for export {Name}", process.ExitCode, exportName);
            throw new InvalidOperationException("Export packaging failed.");
        }

        return archive;
    }
}
