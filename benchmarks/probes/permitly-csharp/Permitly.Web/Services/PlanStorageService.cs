using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Permitly.Web.Config;
using Permitly.Web.Models;
using Permitly.Web.Security;

namespace Permitly.Web.Services;

public sealed class PlanStorageService(IOptions<PermitlyOptions> options, ILogger<PlanStorageService> logger)
{
    private readonly string _root = options.Value.Storage.PlanRoot;

    public string PermitDirectory(string permitNumber) => Path.Combine(_root, permitNumber);

    public async Task<StoredPlan> SavePlanAsync(string permitNumber, IFormFile upload, CancellationToken ct)
    {
        var directory = Directory.CreateDirectory(PermitDirectory(permitNumber)).FullName;
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();

        var target = Path.Combine(directory, upload.FileName);
        await File.WriteAllBytesAsync(target, bytes, ct); // VULN path
        if (!PathGuard.IsUnder(directory, target) || !target.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(target);
            throw new InvalidDataException("Plan sets must be uploaded as a single PDF file.");
        }

        var checksum = Convert.ToHexString(MD5.HashData(bytes)); // SAFE hash
        logger.LogInformation("Stored plan {File} for {Permit} ({Bytes} bytes)", target, permitNumber, bytes.Length);
        return new StoredPlan(target, checksum, bytes.LongLength);
    }

    public FileStream OpenThumbnail(string permitNumber, string planName)
    {
        var thumbDirectory = Path.Combine(PermitDirectory(permitNumber), "thumbs");
        return File.OpenRead(Path.Combine(thumbDirectory, Path.GetFileName(planName) + ".png")); // SAFE path
    }

    public async Task<int> ExtractPlanBundleAsync(string permitNumber, IFormFile bundle)
    {
        var destination = Directory.CreateDirectory(Path.Combine(PermitDirectory(permitNumber), "bundle")).FullName;
        await using var stream = bundle.OpenReadStream();
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var extracted = 0;
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var outputPath = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            entry.ExtractToFile(outputPath, overwrite: true); // VULN zipslip
            extracted++;
        }
        return extracted;
    }

    public async Task<int> ExtractSitePhotosAsync(string permitNumber, IFormFile photos)
    {
        var destination = Directory.CreateDirectory(Path.Combine(PermitDirectory(permitNumber), "photos")).FullName;
        await using var stream = photos.OpenReadStream();
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var extracted = 0;
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var outputPath = PathGuard.ResolveUnder(destination, entry.FullName)
                ?? throw new InvalidDataException($"Archive entry '{entry.FullName}' is outside the photo folder.");
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            entry.ExtractToFile(outputPath, overwrite: true); // SAFE zipslip
            extracted++;
        }
        return extracted;
    }
}
