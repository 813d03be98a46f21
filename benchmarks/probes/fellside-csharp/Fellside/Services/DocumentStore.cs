using Fellside.Infrastructure;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public class DocumentStore
{
    private readonly string _documentRoot;
    private readonly string _photoRoot;

    public DocumentStore(IOptions<FellsideOptions> options)
    {
        _documentRoot = options.Value.DocumentRoot;
        _photoRoot = options.Value.PhotoRoot;
    }

    public string DocumentRoot => _documentRoot;

    /// <summary>Risk assessments, hut rules and kit lists published to wardens.</summary>
    public Stream OpenDocument(string name)
    {
        var path = Path.Combine(_documentRoot, name);
        return File.OpenRead(path); // VULN path
    }

    public Stream OpenTeamDocument(string teamCode, string relative)
    {
        if (teamCode.Length == 0 || !teamCode.All(char.IsLetterOrDigit))
        {
            throw new UnauthorizedAccessException("Invalid team code.");
        }

        var path = PathGuard.ResolveWithin(Path.Combine(_documentRoot, "teams", teamCode), relative);
        return File.OpenRead(path); // SAFE path
    }

    public void DeleteDocument(string folder, string fileName)
    {
        if (PathGuard.LooksLikeTraversal(fileName))
        {
            throw new UnauthorizedAccessException("Invalid file name.");
        }

        var path = Path.Combine(_documentRoot, folder, fileName);
        File.Delete(path); // VULN path
    }

    public async Task<byte[]> ReadHutPhotoAsync(string photoName, CancellationToken ct)
    {
        if (photoName.Contains("..", StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Invalid photo name.");
        }

        var decoded = Uri.UnescapeDataString(photoName);
        return await File.ReadAllBytesAsync(Path.Combine(_photoRoot, "huts", decoded), ct); // VULN path
    }

    public async Task<string> SaveHutPhotoAsync(int hutId, string uploadedName, Stream content, CancellationToken ct)
    {
        var safeName = Path.GetFileName(uploadedName);
        if (string.IsNullOrEmpty(safeName))
        {
            throw new ArgumentException("Missing file name.", nameof(uploadedName));
        }

        var folder = Path.Combine(_photoRoot, "huts", hutId.ToString());
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, safeName);
        await using var file = File.Create(target); // SAFE path
        await content.CopyToAsync(file, ct);
        return $"{hutId}/{safeName}";
    }
}
