using System.Globalization;
using Larderline.Configuration;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Files;

public sealed class DocumentStore(IOptions<StorageOptions> options, ILogger<DocumentStore> logger)
{
    private readonly StorageOptions _opts = options.Value;

    public Stream OpenReceipt(string fileName)
    {
        var path = Path.Combine(_opts.ReceiptsRoot, fileName);
        logger.LogDebug("Serving receipt {Path}", path);
        return File.OpenRead(path); // VULN path
    }

    public Stream OpenPartnerLogo(string fileName)
    {
        var path = Path.Combine(_opts.LogosRoot, fileName);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true); // VULN path
    }

    public Stream OpenDeliveryNote(string relativePath)
    {
        var path = PathSafety.ResolveWithin(_opts.DeliveryNotesRoot, relativePath);
        return File.OpenRead(path); // SAFE path
    }

    public string ParcelLabelPath(int parcelId) =>
        Path.Combine(_opts.LabelsRoot, string.Create(CultureInfo.InvariantCulture, $"parcel-{parcelId}.pdf"));

    public string DeliveryNotesRoot => _opts.DeliveryNotesRoot;

    public async Task<string> SaveReceiptScanAsync(IFormFile file, CancellationToken ct)
    {
        var extension = Path.GetExtension(Path.GetFileName(file.FileName)).ToLowerInvariant();
        if (extension is not (".pdf" or ".jpg" or ".jpeg" or ".png"))
        {
            extension = ".bin";
        }

        var storedName = $"{DateTime.UtcNow:yyyyMMdd}-{Guid.NewGuid():N}{extension}";
        var target = Path.Combine(PathSafety.EnsureDirectory(_opts.ReceiptsRoot), storedName);
        await using (var output = File.Create(target)) // SAFE path
        {
            await file.CopyToAsync(output, ct);
        }
        return storedName;
    }

    public async Task<string> SaveCertificateAsync(int volunteerId, IFormFile file, CancellationToken ct)
    {
        var folder = PathSafety.EnsureDirectory(Path.Combine(_opts.CertificatesRoot, volunteerId.ToString(CultureInfo.InvariantCulture)));
        var target = Path.Combine(folder, file.FileName);
        await using (var output = new FileStream(target, FileMode.Create, FileAccess.Write)) // VULN path
        {
            await file.CopyToAsync(output, ct);
        }
        logger.LogInformation("Stored food hygiene certificate for volunteer {VolunteerId}", volunteerId);
        return target;
    }

    public async Task<string> SaveUploadToTempAsync(IFormFile file, CancellationToken ct)
    {
        var target = Path.Combine(PathSafety.EnsureDirectory(_opts.UploadTempRoot), $"{Guid.NewGuid():N}.upload");
        await using var output = File.Create(target);
        await file.CopyToAsync(output, ct);
        return target;
    }
}
