using System.IO.Compression;

namespace Quayside.Api.Services;

public sealed class ArchiveService
{
    private const long MaxEntryBytes = 50 * 1024 * 1024;

    private readonly ILogger<ArchiveService> _logger;

    public ArchiveService(ILogger<ArchiveService> logger)
    {
        _logger = logger;
    }

    /// <summary>
    /// Freight forwarders upload a zip of per-trailer manifests; we unpack into the batch inbox.
    /// </summary>
    public IReadOnlyList<string> ExtractManifestBundle(Stream zipStream, string destination)
    {
        Directory.CreateDirectory(destination);
        var extracted = new List<string>();

        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name) || entry.Length > MaxEntryBytes)
            {
                continue;
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            extracted.Add(target);
        }

        _logger.LogInformation("Unpacked {Count} manifest files into {Destination}", extracted.Count, destination);
        return extracted;
    }

    /// <summary>Scanned certificates sent by crewing agencies as a single zip.</summary>
    public IReadOnlyList<string> ExtractCertificateBundle(Stream zipStream, string destination)
    {
        var root = Path.GetFullPath(destination);
        if (!root.EndsWith(Path.DirectorySeparatorChar))
        {
            root += Path.DirectorySeparatorChar;
        }

        Directory.CreateDirectory(root);
        var extracted = new List<string>();

        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name) || entry.Length > MaxEntryBytes)
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Archive entry '{entry.FullName}' is outside the target folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            extracted.Add(target);
        }

        return extracted;
    }
}
