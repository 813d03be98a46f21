using System.Globalization;
using Innkeep.Config;
using Innkeep.Helpers;
using Microsoft.Extensions.Options;

namespace Innkeep.Services;

public class DocumentStorage(IOptions<InnkeepOptions> options)
{
    private static readonly HashSet<string> AvatarContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/webp",
    };

    private readonly InnkeepOptions _options = options.Value;

    public static bool IsAcceptedAvatar(IFormFile upload) =>
        upload.Length is > 0 and <= 2 * 1024 * 1024 && AvatarContentTypes.Contains(upload.ContentType);

    public async Task<string> SaveAvatarAsync(int guestId, IFormFile upload)
    {
        var folder = Path.Combine(_options.AvatarRoot, guestId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var destination = Path.Combine(folder, upload.FileName);
        await using var output = File.Create(destination); // VULN path
        await upload.CopyToAsync(output);
        return destination;
    }

    public Stream OpenInvoice(string relativePath)
    {
        var fullPath = PathGuard.ResolveWithin(_options.InvoiceRoot, relativePath);
        return File.OpenRead(fullPath); // SAFE path
    }

    public Stream? OpenFolio(Guid folioId)
    {
        var fullPath = Path.Combine(_options.FolioRoot, $"{folioId:N}.pdf");
        return File.Exists(fullPath) ? File.OpenRead(fullPath) : null; // SAFE path
    }
}
