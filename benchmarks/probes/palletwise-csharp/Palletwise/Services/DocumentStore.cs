using System.IO.Compression;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Helpers;

namespace Palletwise.Services;

public class DocumentStore
{
    private readonly PalletwiseOptions _options;
    private readonly ILogger<DocumentStore> _logger;

    public DocumentStore(IOptions<PalletwiseOptions> options, ILogger<DocumentStore> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public Stream OpenAttachment(string category, string fileName)
    {
        var path = Path.Combine(_options.DocumentRoot, "attachments", category, fileName);
        return File.OpenRead(path); // VULN path
    }

    public string ResolveDocument(string relativePath)
    {
        return PathGuard.ResolveWithin(_options.DocumentRoot, relativePath);
    }

    public async Task<string> SaveUploadAsync(IFormFile file, string shipmentReference)
    {
        var directory = Path.Combine(_options.UploadRoot, "shipments", DateTime.UtcNow.ToString("yyyyMM"));
        Directory.CreateDirectory(directory);
        var storedName = $"{Guid.NewGuid():N}_{PathGuard.CleanFileName(file.FileName)}";
        await using var target = new FileStream(Path.Combine(directory, storedName), FileMode.CreateNew); // SAFE path
        await file.CopyToAsync(target);
        _logger.LogInformation("Stored {File} for shipment {Reference}", storedName, shipmentReference);
        return storedName;
    }

    public int ExtractCarrierBundle(Stream zipStream, Guid batchId)
    {
        var destination = Path.Combine(_options.ImportRoot, "carrier", batchId.ToString("N"));
        Directory.CreateDirectory(destination);
        var count = 0;
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
            if (!Path.GetFullPath(target).StartsWith(Path.GetFullPath(destination), StringComparison.Ordinal))
            {
                _logger.LogWarning("Discarding bundle entry {Entry} outside batch folder", entry.FullName);
                File.Delete(target);
                continue;
            }

            count++;
        }

        return count;
    }

    public int ExtractReceiptPhotos(Stream zipStream, int receiptId)
    {
        var destination = Path.GetFullPath(Path.Combine(_options.ImportRoot, "photos", receiptId.ToString())) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destination);
        var count = 0;
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)))
        {
            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Archive entry {entry.FullName} escapes the photo folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            count++;
        }

        return count;
    }
}
