using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Options;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

/// <summary>Unpacks survey packages (PDF reports, hull photos, ultrasound readings) uploaded by surveyors.</summary>
public sealed class SurveyArchiveExtractor
{
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".heic" };

    private readonly string _root;
    private readonly ILogger<SurveyArchiveExtractor> _logger;

    public SurveyArchiveExtractor(IOptions<StorageOptions> storage, ILogger<SurveyArchiveExtractor> logger)
    {
        _root = Path.GetFullPath(storage.Value.DocumentRoot);
        _logger = logger;
    }

    public IReadOnlyList<string> ExtractSurveyPackage(int vesselId, Stream zipStream)
    {
        var destination = Path.Combine(_root, "surveys", vesselId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(destination);

        var extracted = new List<string>();
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            extracted.Add(entry.FullName);
        }

        _logger.LogInformation("Extracted {Count} survey files for vessel {VesselId}", extracted.Count, vesselId);
        return extracted;
    }

    public IReadOnlyList<string> ExtractHullPhotos(int vesselId, Stream zipStream)
    {
        var destination = Path.GetFullPath(Path.Combine(_root, "hull-photos", vesselId.ToString(CultureInfo.InvariantCulture))) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destination);

        var extracted = new List<string>();
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (!PhotoExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                _logger.LogWarning("Skipping hull photo entry {Entry} outside destination", entry.FullName);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            extracted.Add(entry.Name);
        }
        return extracted;
    }
}
