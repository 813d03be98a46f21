using System.IO.Compression;

namespace Returnly.Services.Imports;

public sealed class PhotoBundleImporter(IOptions<ReturnlyOptions> options, ILogger<PhotoBundleImporter> logger)
{
    private const long MaxEntryBytes = 20 * 1024 * 1024;

    private readonly string _root = options.Value.StorageRoot;

    // Handheld scanners upload all photos of an inspection as one zip, one folder per item.
    public int ImportInspectionBundle(string rmaNumber, Stream zipStream)
    {
        var destination = Path.Combine(_root, "inspections", rmaNumber);
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var count = 0;
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && e.Length <= MaxEntryBytes))
        {
            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            if (!Path.GetFullPath(target).StartsWith(destination, StringComparison.Ordinal)) throw new InvalidDataException($"Bundle entry '{entry.FullName}' is outside the inspection folder");
            count++;
        }
        logger.LogInformation("Imported {Count} photos for {Rma}", count, rmaNumber);
        return count;
    }

    // Evidence packs for carrier damage claims.
    public int ImportClaimEvidence(Guid claimId, Stream zipStream)
    {
        var destination = Path.Combine(_root, "claims", claimId.ToString("N"));
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var count = 0;
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && e.Length <= MaxEntryBytes))
        {
            var target = PathGuard.ResolveWithin(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: false); // SAFE zipslip
            count++;
        }
        return count;
    }
}
