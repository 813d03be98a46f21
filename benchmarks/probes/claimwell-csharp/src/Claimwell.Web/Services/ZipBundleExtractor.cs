using System.IO.Compression;

namespace Claimwell.Web.Services;

public sealed class ZipBundleExtractor
{
    private const long MaxEntryBytes = 50L * 1024 * 1024;
    private const int MaxEntries = 500;

    private readonly ILogger<ZipBundleExtractor> _logger;

    public ZipBundleExtractor(ILogger<ZipBundleExtractor> logger)
    {
        _logger = logger;
    }

    /// <summary>Unpacks a claim evidence bundle, keeping the folder layout the claimant used.</summary>
    public IReadOnlyList<string> ExtractAll(Stream zipStream, string destination)
    {
        var written = new List<string>();
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        if (archive.Entries.Count > MaxEntries)
        {
            throw new InvalidDataException($"Bundle contains more than {MaxEntries} entries.");
        }

        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            if (entry.Length > MaxEntryBytes)
            {
                throw new InvalidDataException($"Entry {entry.FullName} exceeds the per-file size limit.");
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            written.Add(target);
        }

        _logger.LogInformation("Extracted {Count} files from bundle into {Destination}", written.Count, destination);
        return written;
    }

    /// <summary>Unpacks only files with the given extensions and refuses entries that would land outside the target.</summary>
    public IReadOnlyList<string> ExtractTo(Stream zipStream, string destination, IReadOnlySet<string> allowedExtensions)
    {
        var root = Path.GetFullPath(destination);
        if (!root.EndsWith(Path.DirectorySeparatorChar))
        {
            root += Path.DirectorySeparatorChar;
        }

        var written = new List<string>();
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries.Take(MaxEntries))
        {
            if (string.IsNullOrEmpty(entry.Name) || !allowedExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Entry {entry.FullName} escapes the extraction directory.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: false); // SAFE zipslip
            written.Add(target);
        }

        return written;
    }
}
