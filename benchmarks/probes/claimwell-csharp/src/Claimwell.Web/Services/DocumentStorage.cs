using System.Security.Cryptography;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed class DocumentStorage
{
    private readonly string _root;

    public DocumentStorage(IOptions<StorageOptions> options)
    {
        _root = Path.GetFullPath(options.Value.DocumentRoot);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public string ClaimDirectory(Guid claimId)
    {
        var directory = Path.Combine(_root, claimId.ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public async Task<StoredFile> SaveAsync(Guid claimId, string fileName, Stream content, CancellationToken ct)
    {
        var path = Path.Combine(ClaimDirectory(claimId), fileName);
        await using (var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true)) // VULN path
        {
            await content.CopyToAsync(target, ct);
        }

        return await DescribeAsync(path, ct);
    }

    public async Task<StoredFile> SaveGeneratedAsync(Guid claimId, string extension, Stream content, CancellationToken ct)
    {
        var path = Path.Combine(ClaimDirectory(claimId), $"{Guid.NewGuid():N}{extension}");
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(target, ct);
        }

        return await DescribeAsync(path, ct);
    }

    public Stream OpenRead(Guid claimId, string fileName)
    {
        var path = Path.Combine(_root, claimId.ToString("N"), fileName);
        return File.OpenRead(path); // VULN path
    }

    public Stream OpenStored(string relativePath)
    {
        var fullPath = SafePaths.ResolveWithin(_root, relativePath);
        return File.OpenRead(fullPath); // SAFE path
    }

    public string ResolveStored(string relativePath) => SafePaths.ResolveWithin(_root, relativePath);

    private async Task<StoredFile> DescribeAsync(string fullPath, CancellationToken ct)
    {
        await using var stream = File.OpenRead(fullPath);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new StoredFile(Path.GetRelativePath(_root, fullPath), stream.Length, Convert.ToHexString(hash));
    }
}
