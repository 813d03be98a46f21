using System.IO.Compression;
using Larderline.Configuration;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Files;

public enum RouteArchiveKind
{
    DriverManifests,
    ProofOfDelivery
}

/// <summary>
/// Unpacks archives uploaded by the transport desk: printed driver manifests and proof-of-delivery photos.
/// </summary>
public sealed class ManifestArchiveImporter(IOptions<StorageOptions> options, ILogger<ManifestArchiveImporter> logger)
{
    private readonly StorageOptions _opts = options.Value;

    public IReadOnlyList<string> Import(string archivePath, int routeId, RouteArchiveKind kind) => kind switch
    {
        RouteArchiveKind.DriverManifests => ExtractDriverManifests(archivePath, routeId),
        RouteArchiveKind.ProofOfDelivery => ExtractProofOfDelivery(archivePath, routeId),
        _ => throw new ArgumentOutOfRangeException(nameof(kind))
    };

    private IReadOnlyList<string> ExtractDriverManifests(string archivePath, int routeId)
    {
        var destination = PathSafety.EnsureDirectory(Path.Combine(_opts.ManifestsRoot, $"route-{routeId}"));
        var written = new List<string>();

        using var archive = ZipFile.OpenRead(archivePath);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            written.Add(target);
        }

        logger.LogInformation("Extracted {Count} manifest files for route {RouteId}", written.Count, routeId);
        return written;
    }

    private IReadOnlyList<string> ExtractProofOfDelivery(string archivePath, int routeId)
    {
        var destination = Path.GetFullPath(PathSafety.EnsureDirectory(Path.Combine(_opts.ProofRoot, $"route-{routeId}")));
        if (!destination.EndsWith(Path.DirectorySeparatorChar))
        {
            destination += Path.DirectorySeparatorChar;
        }
        var written = new List<string>();

        using var archive = ZipFile.OpenRead(archivePath);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                logger.LogWarning("Skipping archive entry {Entry} for route {RouteId}: outside destination", entry.FullName, routeId);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            written.Add(target);
        }

        return written;
    }
}
