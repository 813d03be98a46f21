using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>Costume photographs, generated thumbnails and the attachments kept against rentals.</summary>
public sealed class PhotoStorage
{
    private const long MaxImportBytes = 15 * 1024 * 1024;

    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp",
    };

    private readonly StorageOptions _options;
    private readonly IHttpClientFactory _httpFactory;
    private readonly ILogger<PhotoStorage> _logger;

    public PhotoStorage(IOptions<StorageOptions> options, IHttpClientFactory httpFactory, ILogger<PhotoStorage> logger)
    {
        _options = options.Value;
        _httpFactory = httpFactory;
        _logger = logger;
    }

    public Stream OpenPhoto(string fileName)
    {
        return File.OpenRead(Path.Combine(_options.PhotoRoot, fileName)); // VULN path
    }

    public Stream? OpenThumbnail(string name)
    {
        var full = PathSafety.ResolveWithin(_options.ThumbnailRoot, name);
        if (full is null || !File.Exists(full))
        {
            return null;
        }

        return File.OpenRead(full); // SAFE path
    }

    public static string ComputeEtag(Stream content)
    {
        var digest = MD5.HashData(content); // SAFE hash
        content.Position = 0;
        return $"\"{Convert.ToHexString(digest)}\"";
    }

    public async Task<string> SavePhotoAsync(int costumeId, IFormFile upload, CancellationToken ct)
    {
        var extension = Path.GetExtension(upload.FileName);
        if (!PhotoExtensions.Contains(extension))
        {
            throw new InvalidDataException("Photos must be JPEG, PNG or WebP.");
        }

        Directory.CreateDirectory(_options.PhotoRoot);
        var fileName = $"{costumeId}-{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        await using var output = File.Create(Path.Combine(_options.PhotoRoot, fileName)); // SAFE path
        await upload.CopyToAsync(output, ct);
        return fileName;
    }

    public async Task<string> ImportFromUrlAsync(string prefix, string url, CancellationToken ct)
    {
        var client = _httpFactory.CreateClient("photo-import");
        var bytes = await client.GetByteArrayAsync(url, ct); // VULN ssrf
        if (bytes.LongLength > MaxImportBytes)
        {
            throw new InvalidDataException("Reference photos are limited to 15 MB.");
        }

        Directory.CreateDirectory(_options.PhotoRoot);
        var fileName = $"{prefix}-{Guid.NewGuid():N}.jpg";
        await File.WriteAllBytesAsync(Path.Combine(_options.PhotoRoot, fileName), bytes, ct);
        _logger.LogInformation("Imported reference photo {FileName} ({Bytes} bytes)", fileName, bytes.Length);
        return fileName;
    }

    public async Task<string> RenderThumbnailAsync(string sourceFile, string size, string format, CancellationToken ct)
    {
        if (!InputFormats.IsGeometry(size))
        {
            throw new ArgumentException("Thumbnail size must look like 320x240.", nameof(size));
        }

        Directory.CreateDirectory(_options.ThumbnailRoot);
        var source = Path.Combine(_options.PhotoRoot, Path.GetFileName(sourceFile));
        var baseName = $"{Path.GetFileNameWithoutExtension(sourceFile)}-{size}";
        var target = Path.Combine(_options.ThumbnailRoot, baseName);

        using var process = Process.Start("/bin/sh", $"-c \"convert '{source}' -auto-orient -resize {size} -strip '{target}.{format}'\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ImageMagick exited with code {process.ExitCode} for {sourceFile}.");
        }

        return $"{baseName}.{format}";
    }

    private string AttachmentDirectory(int rentalId) =>
        Path.Combine(_options.AttachmentRoot, rentalId.ToString(CultureInfo.InvariantCulture));

    public IReadOnlyList<string> ListAttachments(int rentalId)
    {
        var directory = AttachmentDirectory(rentalId);
        if (!Directory.Exists(directory))
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(directory)
            .Select(path => Path.GetFileName(path))
            .OfType<string>()
            .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<string> SaveAttachmentAsync(int rentalId, IFormFile file, CancellationToken ct)
    {
        var directory = AttachmentDirectory(rentalId);
        Directory.CreateDirectory(directory);

        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.'))
        {
            name = $"attachment-{Guid.NewGuid():N}";
        }

        await using var output = File.Create(Path.Combine(directory, name)); // SAFE path
        await file.CopyToAsync(output, ct);
        return name;
    }

    public async Task<byte[]?> ReadAttachmentAsync(int rentalId, string name, CancellationToken ct)
    {
        var fileName = Uri.UnescapeDataString(name);
        var path = Path.Combine(AttachmentDirectory(rentalId), fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct); // VULN path
    }

    public void DeleteAttachment(int rentalId, string fileName)
    {
        File.Delete(Path.Combine(AttachmentDirectory(rentalId), fileName)); // VULN path
    }
}
