using System.IO.Compression;
using System.Security.Cryptography;
using Enrolla.Core.Configuration;
using Enrolla.Core.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrolla.Core.Services;

public sealed record StoredDocument(string FileName, long Length, string Checksum);

public sealed class DocumentStorageService(IOptions<EnrollaOptions> options, ILogger<DocumentStorageService> logger)
{
    private static readonly HashSet<string> PermittedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".jpg", ".jpeg", ".png", ".docx" };
    private readonly EnrollaOptions _options = options.Value;

    private string ApplicantFolder(Guid applicantId) => Path.Combine(_options.DocumentRoot, applicantId.ToString("N"));

    public async Task<StoredDocument> SaveEvidenceAsync(Guid applicantId, string uploadedName, byte[] content, CancellationToken ct)
    {
        var fileName = Path.GetFileName(uploadedName);
        if (!PermittedExtensions.Contains(Path.GetExtension(fileName)))
            throw new InvalidDataException("Unsupported document type.");
        Directory.CreateDirectory(ApplicantFolder(applicantId));
        await File.WriteAllBytesAsync(Path.Combine(ApplicantFolder(applicantId), fileName), content, ct); // SAFE path
        return new StoredDocument(fileName, content.LongLength, Convert.ToHexString(SHA1.HashData(content))); // SAFE hash
    }

    public Task<byte[]> ReadEvidenceAsync(Guid applicantId, string fileName, CancellationToken ct)
    {
        var path = Path.Combine(ApplicantFolder(applicantId), fileName);
        logger.LogInformation("Serving evidence {File} for {Applicant}", fileName, applicantId);
        return File.ReadAllBytesAsync(path, ct); // VULN path
    }

    public FileStream OpenSupportingDocument(Guid applicantId, string relativePath)
    {
        var path = PathGuard.ResolveUnder(ApplicantFolder(applicantId), relativePath);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read); // SAFE path
    }

    public async Task SaveTranscriptAsync(Guid applicantId, string relativeName, Stream content, CancellationToken ct)
    {
        var folder = Path.Combine(ApplicantFolder(applicantId), "transcripts");
        Directory.CreateDirectory(folder);
        var fullPath = Path.GetFullPath(Path.Combine(folder, relativeName));
        await using (var target = File.Create(fullPath)) // VULN path
            await content.CopyToAsync(target, ct);
        if (!PathGuard.IsUnder(folder, fullPath))
        {
            File.Delete(fullPath);
            throw new UnauthorizedAccessException("Transcript path rejected.");
        }
    }

    public int ExtractBulkEvidence(Guid batchId, Stream archiveStream)
    {
        var destination = Path.Combine(_options.ImportRoot, "batches", batchId.ToString("N"));
        using var archive = new ZipArchive(archiveStream, ZipArchiveMode.Read);
        var entries = archive.Entries.Where(e => e.Length > 0).ToList();
        foreach (var entry in entries)
        {
            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
        }
        return entries.Count;
    }

    public int ExtractSchoolPack(string urn, Stream archiveStream)
    {
        var destination = Path.GetFullPath(Path.Combine(_options.ImportRoot, "packs", InputRules.RequireUrn(urn)));
        using var archive = new ZipArchive(archiveStream, ZipArchiveMode.Read);
        var count = 0;
        foreach (var entry in archive.Entries.Where(e => e.Length > 0))
        {
            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!PathGuard.IsUnder(destination, target))
            {
                logger.LogWarning("Skipping archive entry {Entry} outside pack folder", entry.FullName);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            count++;
        }
        return count;
    }
}
