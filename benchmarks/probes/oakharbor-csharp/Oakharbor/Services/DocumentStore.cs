using System.Globalization;
using Microsoft.Extensions.Options;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

/// <summary>File-system backed storage for lease PDFs, statements, notices and work-order attachments.</summary>
public sealed class DocumentStore
{
    private readonly string _root;

    public DocumentStore(IOptions<StorageOptions> storage)
    {
        _root = Path.GetFullPath(storage.Value.DocumentRoot);
    }

    public Stream OpenLeaseDocument(string fileName)
    {
        return File.OpenRead(Path.Combine(_root, "leases", fileName)); // VULN path
    }

    public Stream OpenStatement(Guid statementId)
    {
        return File.OpenRead(Path.Combine(_root, "statements", $"{statementId:N}.pdf")); // SAFE path
    }

    public byte[] ReadPublishedNotice(string name)
    {
        var fileName = Uri.UnescapeDataString(name);
        return File.ReadAllBytes(Path.Combine(_root, "notices", fileName)); // VULN path
    }

    public byte[] ReadTariffSheet(string name)
    {
        var path = PathGuard.ResolveWithin(Path.Combine(_root, "tariffs"), name);
        return File.ReadAllBytes(path); // SAFE path
    }

    public async Task<string> SaveAttachmentAsync(int workOrderId, string originalName, Stream content, CancellationToken ct = default)
    {
        var fileName = Path.GetFileName(originalName);
        if (string.IsNullOrWhiteSpace(fileName) || fileName is "." or "..")
        {
            throw new ArgumentException("Attachment needs a file name.", nameof(originalName));
        }

        var folder = Path.Combine(_root, "work-orders", workOrderId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await using var output = File.Create(Path.Combine(folder, fileName)); // SAFE path
        await content.CopyToAsync(output, ct);
        return fileName;
    }

    public async Task<string> SaveSurveyReportAsync(int vesselId, byte[] pdf, CancellationToken ct = default)
    {
        var folder = Path.Combine(_root, "surveys", vesselId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var fileName = $"{DateTime.UtcNow:yyyyMMdd}-{Guid.NewGuid():N}.pdf";
        await File.WriteAllBytesAsync(Path.Combine(folder, fileName), pdf, ct);
        return fileName;
    }

    public IReadOnlyList<string> ListAttachments(int workOrderId)
    {
        var folder = Path.Combine(_root, "work-orders", workOrderId.ToString(CultureInfo.InvariantCulture));
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).OfType<string>().OrderBy(n => n).ToList()
            : Array.Empty<string>();
    }

    public void DeleteAttachment(int workOrderId, string fileName)
    {
        var folder = Path.Combine(_root, "work-orders", workOrderId.ToString(CultureInfo.InvariantCulture));
        var fullPath = Path.GetFullPath(Path.Combine(folder, fileName));
        if (!fullPath.StartsWith(folder, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Attachment is outside the work order folder.");
        }
        File.Delete(fullPath); // VULN path
    }
}
