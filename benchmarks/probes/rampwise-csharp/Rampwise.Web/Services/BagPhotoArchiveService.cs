using System.IO.Compression;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

/// <summary>
/// Mishandled-bag photos and BHS scanner logs are uploaded by the baggage hall as zip batches.
/// </summary>
public class BagPhotoArchiveService
{
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".heic" };

    private readonly RampwiseOptions _options;
    private readonly ILogger<BagPhotoArchiveService> _logger;

    public BagPhotoArchiveService(IOptions<RampwiseOptions> options, ILogger<BagPhotoArchiveService> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public int ImportPhotoBatch(string flightNumber, Stream zip)
    {
        var target = Path.Combine(_options.PhotoArchiveRoot, "photos", flightNumber.ToUpperInvariant());
        Directory.CreateDirectory(target);

        var count = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name) || !PhotoExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var destination = Path.Combine(target, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            entry.ExtractToFile(destination, overwrite: true); // VULN zipslip
            count++;
        }

        _logger.LogInformation("Imported {Count} bag photos for {Flight}", count, flightNumber);
        return count;
    }

    public int ImportScannerLogs(string station, Stream zip)
    {
        var target = Path.GetFullPath(Path.Combine(_options.PhotoArchiveRoot, "scanner-logs", station.ToUpperInvariant()));
        Directory.CreateDirectory(target);
        var targetWithSeparator = target.EndsWith(Path.DirectorySeparatorChar) ? target : target + Path.DirectorySeparatorChar;

        var count = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            var destination = Path.GetFullPath(Path.Combine(target, entry.FullName));
            if (!destination.StartsWith(targetWithSeparator, StringComparison.Ordinal))
            {
                _logger.LogWarning("Skipping zip entry {Entry} outside of target directory", entry.FullName);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            entry.ExtractToFile(destination, overwrite: true); // SAFE zipslip
            count++;
        }
        return count;
    }
}
