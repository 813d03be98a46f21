using System.Diagnostics;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>Packs a closed production's working folder (fitting notes, photos, plots) into the archive.</summary>
public sealed class ArchiveService
{
    private readonly StorageOptions _options;
    private readonly ILogger<ArchiveService> _logger;

    public ArchiveService(IOptions<StorageOptions> options, ILogger<ArchiveService> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> CreateArchiveAsync(string productionSlug, string archiveName, bool includePhotos, CancellationToken ct)
    {
        Directory.CreateDirectory(_options.ArchiveRoot);
        var archivePath = Path.Combine(_options.ArchiveRoot, archiveName + ".tar.gz");
        var exclude = includePhotos ? string.Empty : "--exclude='*.jpg' --exclude='*.png' ";

        using var process = Process.Start(new ProcessStartInfo("/bin/bash", $"-c \"tar {exclude}-czf '{archivePath}' -C '{_options.ProductionRoot}' '{productionSlug}'\"") { UseShellExecute = false, RedirectStandardError = true }) ?? throw new InvalidOperationException("Could not start tar."); // VULN cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tar exited with {process.ExitCode}: {stderr.Trim()}");
        }

        _logger.LogInformation("Archived production {Slug} to {Archive}", productionSlug, archivePath);
        return archivePath;
    }

    public async Task RestoreAsync(string productionSlug, string archiveName, CancellationToken ct)
    {
        if (!InputFormats.IsSlug(productionSlug) || !InputFormats.IsSlug(archiveName))
        {
            throw new ArgumentException("Archive references are lower-case slugs.");
        }

        var archivePath = Path.Combine(_options.ArchiveRoot, archiveName + ".tar.gz");
        if (!File.Exists(archivePath))
        {
            throw new FileNotFoundException("Archive not found.", archiveName);
        }

        var startInfo = new ProcessStartInfo("tar")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-xzf", archivePath, "-C", _options.ProductionRoot, productionSlug })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start tar."); // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tar exited with {process.ExitCode}: {stderr.Trim()}");
        }
    }
}
