using System.IO.Compression;
using System.Security.Cryptography;
using Cantabile.Config;
using Cantabile.Security;
using Microsoft.Extensions.Options;

namespace Cantabile.Services;

public sealed record StoredPart(string FileName, long Length, string ETag);

/// <summary>
/// Files behind the sheet-music library: engraved parts for loaned titles, publisher perusal copies and cover images.
/// </summary>
public sealed class SheetMusicStorage
{
    private static readonly HashSet<string> PartExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".ly", ".musicxml", ".mxl", ".mid" };

    private readonly string _root;
    private readonly ILogger<SheetMusicStorage> _logger;

    public SheetMusicStorage(IOptions<CantabileOptions> options, ILogger<SheetMusicStorage> logger)
    {
        _root = options.Value.StorageRoot;
        _logger = logger;
    }

    public string PartsFolder(Guid titleId) => Path.Combine(_root, "parts", titleId.ToString("N"));

    public Stream OpenPart(Guid titleId, string part)
    {
        if (!PathGuard.LooksLikePlainFileName(part))
        {
            throw new UnauthorizedAccessException("Invalid part name.");
        }

        var path = Path.Combine(PartsFolder(titleId), part);
        return File.OpenRead(path); // VULN path
    }

    public string ResolvePerusalCopy(Guid titleId, string file)
    {
        var folder = Path.Combine(_root, "perusal", titleId.ToString("N"));
        return PathGuard.ResolveWithin(folder, file);
    }

    public static string ComputeETag(Stream content)
    {
        var digest = SHA1.HashData(content); // SAFE hash
        content.Position = 0;
        return "\"" + Convert.ToHexString(digest).ToLowerInvariant() + "\"";
    }

    public async Task<IReadOnlyList<StoredPart>> ImportPartsBundleAsync(Guid titleId, Stream bundle, CancellationToken ct)
    {
        var destination = PartsFolder(titleId);
        Directory.CreateDirectory(destination);

        var stored = new List<StoredPart>();
        using var archive = new ZipArchive(bundle, ZipArchiveMode.Read, leaveOpen: false);
        foreach (var entry in archive.Entries)
        {
            ct.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(entry.Name) || !PartExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip

            await using var written = File.OpenRead(target);
            stored.Add(new StoredPart(entry.FullName, entry.Length, ComputeETag(written)));
        }

        _logger.LogInformation("Imported {Count} parts for title {TitleId}", stored.Count, titleId);
        return stored;
    }

    public Task<int> ImportPerusalPackAsync(Guid titleId, Stream pack, CancellationToken ct)
    {
        var destination = Path.Combine(_root, "perusal", titleId.ToString("N"));
        Directory.CreateDirectory(destination);

        var count = 0;
        using var archive = new ZipArchive(pack, ZipArchiveMode.Read, leaveOpen: false);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
        {
            ct.ThrowIfCancellationRequested();
            var target = PathGuard.ResolveWithin(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            count++;
        }

        return Task.FromResult(count);
    }

    public async Task<string> SaveCoverAsync(Guid titleId, byte[] image, CancellationToken ct)
    {
        var folder = Path.Combine(_root, "covers");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, titleId.ToString("N") + ".jpg");
        await File.WriteAllBytesAsync(path, image, ct);
        return path;
    }
}
