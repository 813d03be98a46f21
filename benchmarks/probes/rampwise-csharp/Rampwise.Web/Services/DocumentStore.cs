using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

public record StoredDocument(string FileName, long Length, DateTime ModifiedUtc);

/// <summary>
/// Turnaround documents: loadsheets, NOTOCs, damage reports, GPU/PCA checklists.
/// Layout: {DocumentRoot}/{turnaroundId}/{file}
/// </summary>
public class DocumentStore
{
    private static readonly HashSet<string> AllowedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".jpg", ".png", ".txt", ".xml" };

    private readonly RampwiseOptions _options;

    public DocumentStore(IOptions<RampwiseOptions> options)
    {
        _options = options.Value;
    }

    public IReadOnlyList<StoredDocument> List(Guid turnaroundId)
    {
        var dir = new DirectoryInfo(Path.Combine(_options.DocumentRoot, turnaroundId.ToString("D")));
        if (!dir.Exists)
        {
            return Array.Empty<StoredDocument>();
        }
        return dir.EnumerateFiles().Select(f => new StoredDocument(f.Name, f.Length, f.LastWriteTimeUtc)).OrderBy(d => d.FileName).ToList();
    }

    public FileStream Open(string relativePath)
    {
        var fullPath = PathGuard.ResolveWithin(_options.DocumentRoot, relativePath);
        return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read); // SAFE path
    }

    public async Task<string> SaveAsync(Guid turnaroundId, IFormFile upload, CancellationToken ct)
    {
        var fileName = Path.GetFileName(upload.FileName);
        if (string.IsNullOrEmpty(fileName) || !AllowedExtensions.Contains(Path.GetExtension(fileName)))
        {
            throw new InvalidDataException("Unsupported document type");
        }

        var dir = Path.Combine(_options.DocumentRoot, turnaroundId.ToString("D"));
        Directory.CreateDirectory(dir);
        await using var target = File.Create(Path.Combine(dir, fileName)); // SAFE path
        await upload.CopyToAsync(target, ct);
        return fileName;
    }

    public bool Delete(string turnaroundId, string fileName)
    {
        if (!Guid.TryParse(turnaroundId, out var id))
        {
            throw new ArgumentException("Invalid turnaround id", nameof(turnaroundId));
        }

        var path = Path.Combine(_options.DocumentRoot, id.ToString("D"), fileName);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path); // VULN path
        return true;
    }
}
