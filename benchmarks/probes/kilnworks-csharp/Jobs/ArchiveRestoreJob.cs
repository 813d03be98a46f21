using System.IO.Compression;
using Kilnworks.Configuration;
using Kilnworks.Services;
using Microsoft.Extensions.Options;

namespace Kilnworks.Jobs;

public sealed class ArchiveRestoreJob
{
    private readonly MediaStore _media;
    private readonly StudioOptions _options;
    private readonly ILogger<ArchiveRestoreJob> _logger;

    public ArchiveRestoreJob(MediaStore media, IOptions<StudioOptions> options, ILogger<ArchiveRestoreJob> logger)
    {
        _media = media;
        _options = options.Value;
        _logger = logger;
    }

    public async Task RestoreAsync(string bundlePath, CancellationToken ct)
    {
        var restoreRoot = Path.GetFullPath(Path.Combine(_options.MediaRoot, "restored")) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(restoreRoot);

        await using var bundle = _media.OpenArchive(bundlePath);
        using var zip = new ZipArchive(bundle, ZipArchiveMode.Read);
        var restored = 0;
        foreach (var entry in zip.Entries)
        {
            ct.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }
            var target = Path.GetFullPath(Path.Combine(restoreRoot, entry.FullName));
            if (!target.StartsWith(restoreRoot, StringComparison.Ordinal))
            {
                _logger.LogWarning("Skipping archive entry outside restore root: {Entry}", entry.FullName);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            restored++;
        }
        _logger.LogInformation("Restored {Count} files from {Bundle}", restored, bundlePath);
    }
}
