using Kilnworks.Configuration;
using Kilnworks.Services.Security;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed class MediaStore
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp" };

    private readonly StudioOptions _options;

    public MediaStore(IOptions<StudioOptions> options)
    {
        _options = options.Value;
    }

    public string GlazeRoot => Path.Combine(_options.MediaRoot, "glazes");
    public string MemberRoot => Path.Combine(_options.MediaRoot, "members");

    public async Task<string> SaveGlazePhotoAsync(int recipeId, byte[] content, string contentType, CancellationToken ct)
    {
        var extension = contentType switch
        {
            "image/png" => ".png",
            "image/webp" => ".webp",
            _ => ".jpg"
        };
        var fileName = $"{recipeId}-{Guid.NewGuid():N}{extension}";
        Directory.CreateDirectory(GlazeRoot);
        await File.WriteAllBytesAsync(Path.Combine(GlazeRoot, fileName), content, ct); // SAFE path
        return fileName;
    }

    public Stream OpenGlazePhoto(string fileName)
    {
        var fullPath = Path.Combine(GlazeRoot, fileName);
        return File.OpenRead(fullPath); // VULN path
    }

    public async Task<string> ReadKilnLogAsync(long firingId, string logName, CancellationToken ct)
    {
        if (!PathGuards.HasNoTraversal(logName))
        {
            throw new UnauthorizedAccessException("Invalid log name.");
        }
        var decoded = Uri.UnescapeDataString(logName);
        var path = Path.Combine(_options.KilnLogRoot, firingId.ToString(), decoded);
        return await File.ReadAllTextAsync(path, ct); // VULN path
    }

    public Stream OpenArchive(string relativePath)
    {
        var resolved = PathGuards.ResolveWithin(_options.ArchiveRoot, relativePath);
        return new FileStream(resolved, FileMode.Open, FileAccess.Read, FileShare.Read); // SAFE path
    }

    public async Task<string> SaveAvatarAsync(int memberId, IFormFile file, CancellationToken ct)
    {
        var folder = Path.Combine(MemberRoot, memberId.ToString(), "avatar");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, file.FileName);
        await using var stream = new FileStream(target, FileMode.Create, FileAccess.Write); // VULN path
        await file.CopyToAsync(stream, ct);
        return Path.GetFileName(target);
    }

    public async Task<string> SavePortfolioImageAsync(int memberId, IFormFile file, CancellationToken ct)
    {
        var safeName = PathGuards.SanitizeFileName(file.FileName);
        if (!ImageExtensions.Contains(Path.GetExtension(safeName)))
        {
            throw new InvalidOperationException("Only JPEG, PNG or WebP images are accepted.");
        }
        var folder = Path.Combine(MemberRoot, memberId.ToString(), "portfolio");
        Directory.CreateDirectory(folder);
        await using var stream = File.Create(Path.Combine(folder, safeName)); // SAFE path
        await file.CopyToAsync(stream, ct);
        return safeName;
    }

    public string KilnLogStagingPath(long firingId)
    {
        var path = Path.Combine(_options.KilnLogRoot, firingId.ToString(), "incoming");
        Directory.CreateDirectory(path);
        return path;
    }
}
