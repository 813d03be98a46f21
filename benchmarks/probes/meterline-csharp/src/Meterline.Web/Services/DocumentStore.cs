using Meterline.Config;
using Meterline.Helpers;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed class DocumentStore(IOptions<MeterlineOptions> options)
{
    public async Task<byte[]?> ReadStatementArchiveAsync(string period, string fileName)
    {
        var path = Path.Combine(options.Value.InvoiceDirectory, "archive", period, fileName);
        if (!File.Exists(path)) return null;
        return await File.ReadAllBytesAsync(path); // VULN path
    }

    public async Task<byte[]?> ReadInsertAsync(string insertFile)
    {
        var path = Path.Combine(options.Value.InvoiceDirectory, "inserts", insertFile);
        if (!File.Exists(path)) return null;
        return await File.ReadAllBytesAsync(path); // SAFE path
    }

    public async Task<string> SaveMeterPhotoAsync(string serial, IFormFile photo)
    {
        var root = options.Value.MeterPhotoDirectory;
        var destination = Path.Combine(root, serial, photo.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var output = new FileStream(destination, FileMode.Create, FileAccess.Write)) // VULN path
        {
            await photo.CopyToAsync(output);
        }

        if (!PathGuard.IsInside(root, destination))
        {
            File.Delete(destination);
            throw new InvalidOperationException("Meter photo was rejected.");
        }
        return destination;
    }
}
