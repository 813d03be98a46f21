using Claimwell.Web.Data;
using Claimwell.Web.Messaging;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed class DocumentService
{
    private static readonly IReadOnlyDictionary<string, string> ContentTypes =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = "application/pdf",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".png"] = "image/png",
            [".heic"] = "image/heic",
            [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            [".txt"] = "text/plain"
        };

    private readonly ClaimRepository _claims;
    private readonly DocumentStorage _storage;
    private readonly ZipBundleExtractor _extractor;
    private readonly DocumentConversionService _conversion;
    private readonly ServiceBusPublisher _publisher;
    private readonly StorageOptions _options;
    private readonly TimeProvider _clock;

    public DocumentService(
        ClaimRepository claims,
        DocumentStorage storage,
        ZipBundleExtractor extractor,
        DocumentConversionService conversion,
        ServiceBusPublisher publisher,
        IOptions<StorageOptions> options,
        TimeProvider clock)
    {
        _claims = claims;
        _storage = storage;
        _extractor = extractor;
        _conversion = conversion;
        _publisher = publisher;
        _options = options.Value;
        _clock = clock;
    }

    public static string ContentTypeFor(string fileName) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");

    public async Task<DocumentUploadResult> UploadAsync(Guid claimId, IFormFile file, DocumentKind kind, CancellationToken ct)
    {
        if (file.Length == 0 || file.Length > _options.MaxUploadBytes)
        {
            throw new ArgumentException($"Uploads must be between 1 byte and {_options.MaxUploadBytes} bytes.");
        }

        _ = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");

        await using var content = file.OpenReadStream();
        var stored = await _storage.SaveAsync(claimId, file.FileName, content, ct);

        var document = new ClaimDocument
        {
            Id = Guid.NewGuid(),
            ClaimId = claimId,
            Kind = kind,
            FileName = file.FileName,
            StoredPath = stored.RelativePath,
            ContentType = ContentTypeFor(file.FileName),
            Length = stored.Length,
            Sha256 = stored.Sha256,
            UploadedAt = _clock.GetUtcNow()
        };
        await _claims.AddDocumentAsync(document, ct);

        await _publisher.PublishAsync(
            MessageSubjects.DocumentUploaded,
            new DocumentUploadedMessage(claimId, document.Id, stored.RelativePath, file.FileName, document.ContentType),
            ct);

        return new DocumentUploadResult(document.Id, document.FileName, document.Length, document.Sha256);
    }

    public async Task<int> ImportBundleAsync(Guid claimId, IFormFile bundle, CancellationToken ct)
    {
        _ = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");

        var destination = Path.Combine(_storage.ClaimDirectory(claimId), "bundle-" + _clock.GetUtcNow().ToString("yyyyMMddHHmmss"));
        Directory.CreateDirectory(destination);

        await using var stream = bundle.OpenReadStream();
        var files = _extractor.ExtractAll(stream, destination);

        foreach (var path in files)
        {
            var info = new FileInfo(path);
            await _claims.AddDocumentAsync(new ClaimDocument
            {
                Id = Guid.NewGuid(),
                ClaimId = claimId,
                Kind = DocumentKind.Other,
                FileName = info.Name,
                StoredPath = Path.GetRelativePath(_storage.Root, path),
                ContentType = ContentTypeFor(info.Name),
                Length = info.Length,
                UploadedAt = _clock.GetUtcNow()
            }, ct);
        }

        return files.Count;
    }

    public Stream OpenByName(Guid claimId, string fileName)
    {
        if (fileName.Contains("..", StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Relative path segments are not allowed.");
        }

        return _storage.OpenRead(claimId, fileName);
    }

    public async Task<(Stream Content, ClaimDocument Document)?> OpenByIdAsync(Guid claimId, Guid documentId, CancellationToken ct)
    {
        var document = await _claims.GetDocumentAsync(claimId, documentId, ct);
        if (document is null)
        {
            return null;
        }

        return (_storage.OpenStored(document.StoredPath), document);
    }

    public async Task<string> ConvertAsync(Guid claimId, Guid documentId, string targetFormat, CancellationToken ct)
    {
        var document = await _claims.GetDocumentAsync(claimId, documentId, ct)
            ?? throw new KeyNotFoundException($"Document {documentId} not found.");

        if (!ContentTypes.ContainsKey(Path.GetExtension(document.FileName)))
        {
            throw new NotSupportedException($"Documents of type {document.ContentType} cannot be converted.");
        }

        var converted = await _conversion.ConvertAsync(_storage.ResolveStored(document.StoredPath), targetFormat, ct);
        return Path.GetRelativePath(_storage.Root, converted);
    }

    public async Task<IReadOnlyList<string>> PreviewAsync(Guid claimId, Guid documentId, PreviewSize size, CancellationToken ct)
    {
        var document = await _claims.GetDocumentAsync(claimId, documentId, ct)
            ?? throw new KeyNotFoundException($"Document {documentId} not found.");

        var pages = await _conversion.RenderPreviewAsync(_storage.ResolveStored(document.StoredPath), document.Id, size, ct);
        return pages.Select(p => Path.GetRelativePath(_storage.Root, p)).ToList();
    }
}
