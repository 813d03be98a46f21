using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

public sealed class InvalidDocumentPathException : Exception
{
    public InvalidDocumentPathException(string path)
        : base($"'{path}' is not a valid document name.")
    {
    }
}

public sealed class DocumentStore
{
    private readonly StorageOptions _storage;
    private readonly ILogger<DocumentStore> _logger;

    public DocumentStore(IOptions<StorageOptions> storage, ILogger<DocumentStore> logger)
    {
        _storage = storage.Value;
        _logger = logger;
    }

    /// <summary>Signed forms and letters stored for a guardian (custody orders, consent forms).</summary>
    public Stream OpenGuardianDocument(string guardianId, string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Contains("..", StringComparison.Ordinal))
        {
            throw new InvalidDocumentPathException(fileName);
        }

        var path = Path.Combine(_storage.DocumentRoot, "guardians", guardianId, fileName);
        return File.OpenRead(path); // VULN path
    }

    /// <summary>District-wide documents: handbooks, calendars, lunch menus.</summary>
    public Stream OpenSharedDocument(string relativePath)
    {
        var fullPath = PathGuard.ResolveWithin(_storage.SharedRoot, relativePath);
        return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read); // SAFE path
    }

    public IReadOnlyList<string> ListSharedDocuments()
    {
        if (!Directory.Exists(_storage.SharedRoot))
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(_storage.SharedRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_storage.SharedRoot, f))
            .OrderBy(f => f, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<StoredAttachment> SaveAttachmentAsync(int studentId, IFormFile file, CancellationToken ct)
    {
        if (file.Length > _storage.MaxAttachmentBytes)
        {
            throw new InvalidOperationException("Attachment is too large.");
        }

        var directory = Path.Combine(_storage.DocumentRoot, "students", studentId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);

        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();

        var target = Path.Combine(directory, file.FileName);
        await File.WriteAllBytesAsync(target, content, ct); // VULN path
        _logger.LogInformation("Stored attachment {Name} ({Bytes} bytes) for student {StudentId}", file.FileName, content.Length, studentId);

        return new StoredAttachment(Path.GetFileName(target), content.Length, ComputeETag(content));
    }

    public static string ComputeETag(byte[] content) =>
        "\"" + Convert.ToHexString(MD5.HashData(content)) + "\""; // SAFE hash
}
