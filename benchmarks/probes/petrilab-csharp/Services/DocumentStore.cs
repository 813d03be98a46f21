using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Options;
using Petrilab.Infrastructure;

namespace Petrilab.Services;

/// <summary>File storage for attachments, issued reports, slide images and result bundles.</summary>
public class DocumentStore(IOptions<StorageOptions> options, ILogger<DocumentStore> logger)
{
    private static readonly HashSet<string> BundleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".xml", ".csv", ".png" };

    private string Root => options.Value.Root;

    public Stream OpenClinicAttachment(string clinicCode, int sampleId, string fileName)
    {
        var path = Path.Combine(Root, "attachments", clinicCode, sampleId.ToString(CultureInfo.InvariantCulture), fileName);
        return File.OpenRead(path); // VULN path
    }

    public Stream OpenReportFile(string reportName)
    {
        var decoded = Uri.UnescapeDataString(reportName);
        var path = Path.Combine(Root, "reports", decoded);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read); // VULN path
    }

    public Stream OpenExport(string fileName)
    {
        var exportRoot = Path.GetFullPath(Path.Combine(Root, "exports")) + Path.DirectorySeparatorChar;
        var fullPath = Path.GetFullPath(Path.Combine(exportRoot, fileName));
        if (!fullPath.StartsWith(exportRoot, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Requested export is outside of the export directory");
        }

        return File.OpenRead(fullPath); // SAFE path
    }

    public Stream OpenSlide(Guid slideId)
    {
        var path = Path.Combine(Root, "slides", slideId.ToString("N") + ".img");
        return File.OpenRead(path); // SAFE path
    }

    public async Task SaveSlideAsync(Guid slideId, Stream content, CancellationToken ct)
    {
        var directory = Path.Combine(Root, "slides");
        Directory.CreateDirectory(directory);
        await using var target = File.Create(Path.Combine(directory, slideId.ToString("N") + ".img"));
        await content.CopyToAsync(target, ct);
    }

    /// <summary>Unpacks a result bundle delivered by a reference laboratory into the inbound staging area.</summary>
    public IReadOnlyList<string> ImportPartnerBundle(string partnerCode, Stream upload)
    {
        var staging = Path.Combine(Root, "inbound", partnerCode.ToUpperInvariant(), DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(staging);

        var imported = new List<string>();
        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name) || !BundleExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var target = Path.Combine(staging, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            imported.Add(entry.FullName);
        }

        logger.LogInformation("Imported {Count} files from {Partner} bundle", imported.Count, partnerCode);
        return imported;
    }

    /// <summary>Clinics can upload a zip of supporting documents (history, imaging reports) for a sample.</summary>
    public IReadOnlyList<string> ImportClinicDocuments(int clinicId, int sampleId, Stream upload)
    {
        var destination = Path.GetFullPath(Path.Combine(Root, "clinic-docs", clinicId.ToString(CultureInfo.InvariantCulture), sampleId.ToString(CultureInfo.InvariantCulture))) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destination);

        var saved = new List<string>();
        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)))
        {
            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Archive entry '{entry.FullName}' points outside the upload folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: false); // SAFE zipslip
            saved.Add(Path.GetRelativePath(destination, target));
        }

        return saved;
    }

    /// <summary>Builds the zip a clinic downloads with every released report of a sample.</summary>
    public string CreateResultBundle(string accession, IEnumerable<(string Name, byte[] Content)> files)
    {
        var exportDir = Path.Combine(Root, "exports");
        Directory.CreateDirectory(exportDir);
        var bundleName = $"{accession}-{DateTime.UtcNow:yyyyMMddHHmmss}.zip";
        using var archive = ZipFile.Open(Path.Combine(exportDir, bundleName), ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            var entry = archive.CreateEntry(Path.GetFileName(name), CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(content);
        }

        return bundleName;
    }
}
