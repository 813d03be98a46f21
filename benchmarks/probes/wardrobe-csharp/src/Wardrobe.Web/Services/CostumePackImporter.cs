using System.IO.Compression;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;
using SharpZip = ICSharpCode.SharpZipLib.Zip;

namespace Wardrobe.Web.Services;

/// <summary>
/// Unpacks the zip bundles that come in with stock transfers: costume packs from other companies
/// (photos, care instructions, a manifest.xml), supplier packs and plain photo bundles.
/// </summary>
public sealed class CostumePackImporter
{
    private readonly StorageOptions _options;
    private readonly CatalogXmlImporter _xml;
    private readonly ILogger<CostumePackImporter> _logger;

    public CostumePackImporter(IOptions<StorageOptions> options, CatalogXmlImporter xml, ILogger<CostumePackImporter> logger)
    {
        _options = options.Value;
        _xml = xml;
        _logger = logger;
    }

    public async Task<PackImportResult> ImportCostumePackAsync(Stream upload, CancellationToken ct)
    {
        var destination = NewStagingFolder("costume");
        var files = 0;

        using (var archive = new ZipArchive(upload, ZipArchiveMode.Read, leaveOpen: false))
        {
            foreach (var entry in archive.Entries)
            {
                ct.ThrowIfCancellationRequested();
                if (string.IsNullOrEmpty(entry.Name))
                {
                    continue;
                }

                var target = Path.Combine(destination, entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true); // VULN zipslip
                files++;
            }
        }

        string? title = null;
        var manifestPath = Path.Combine(destination, "manifest.xml");
        if (File.Exists(manifestPath))
        {
            await using var manifestStream = File.OpenRead(manifestPath);
            title = _xml.ParseManifest(manifestStream).Title;
        }

        _logger.LogInformation("Costume pack unpacked to {Folder}: {Files} files", destination, files);
        return new PackImportResult(destination, files, title);
    }

    public PackImportResult ImportSupplierPack(Stream upload, string supplierCode)
    {
        var destination = NewStagingFolder("supplier-" + (InputFormats.IsSlug(supplierCode.ToLowerInvariant()) ? supplierCode.ToLowerInvariant() : "unknown"));
        var files = 0;

        using var zip = new SharpZip.ZipFile(upload);
        foreach (SharpZip.ZipEntry entry in zip)
        {
            if (!entry.IsFile)
            {
                continue;
            }

            var target = PathSafety.ResolveWithin(destination, entry.Name);
            if (target is null)
            {
                _logger.LogWarning("Skipping supplier pack entry outside the staging folder: {Entry}", entry.Name);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = zip.GetInputStream(entry);
            using var output = File.Create(target); // SAFE zipslip
            input.CopyTo(output);
            files++;
        }

        return new PackImportResult(destination, files, null);
    }

    public PackImportResult ImportPhotoBundle(string uploadedZipPath)
    {
        var destination = NewStagingFolder("photos");
        ZipFile.ExtractToDirectory(uploadedZipPath, destination, overwriteFiles: false); // SAFE zipslip
        var files = Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories).Count();
        return new PackImportResult(destination, files, null);
    }

    private string NewStagingFolder(string kind)
    {
        var folder = Path.Combine(_options.PackStaging, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
