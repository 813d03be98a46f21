using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Endpoints;

public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/claims/{claimId:guid}/documents")
            .WithTags("Documents")
            .AddEndpointFilter<DomainExceptionFilter>();

        documents.MapPost("/", UploadAsync).DisableAntiforgery();
        documents.MapPost("/bundle", UploadBundleAsync).DisableAntiforgery();
        documents.MapGet("/file", DownloadByName);
        documents.MapGet("/{documentId:guid}", DownloadByIdAsync);
        documents.MapPost("/{documentId:guid}/convert", ConvertAsync);
        documents.MapPost("/{documentId:guid}/preview", PreviewAsync);

        return documents;
    }

    private static async Task<IResult> UploadAsync(Guid claimId, IFormFile file, [FromForm] string? kind, DocumentService documents, CancellationToken ct)
    {
        var documentKind = Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var parsed) ? parsed : DocumentKind.Other;
        var result = await documents.UploadAsync(claimId, file, documentKind, ct);
        return Results.Created($"/api/claims/{claimId}/documents/{result.DocumentId}", result);
    }

    private static async Task<IResult> UploadBundleAsync(Guid claimId, IFormFile bundle, DocumentService documents, CancellationToken ct)
    {
        if (!string.Equals(Path.GetExtension(bundle.FileName), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            return Results.BadRequest(new { error = "Bundles must be .zip archives." });
        }

        var count = await documents.ImportBundleAsync(claimId, bundle, ct);
        return Results.Ok(new { imported = count });
    }

    private static IResult DownloadByName(Guid claimId, [FromQuery] string name, DocumentService documents)
    {
        var stream = documents.OpenByName(claimId, name);
        return Results.Stream(stream, DocumentService.ContentTypeFor(name), Path.GetFileName(name));
    }

    private static async Task<IResult> DownloadByIdAsync(Guid claimId, Guid documentId, DocumentService documents, CancellationToken ct)
    {
        var opened = await documents.OpenByIdAsync(claimId, documentId, ct);
        if (opened is null)
        {
            return Results.NotFound();
        }

        var (content, document) = opened.Value;
        return Results.Stream(content, document.ContentType, document.FileName);
    }

    private static async Task<IResult> ConvertAsync(Guid claimId, Guid documentId, [FromQuery] string? format, DocumentService documents, CancellationToken ct)
    {
        var output = await documents.ConvertAsync(claimId, documentId, string.IsNullOrWhiteSpace(format) ? "pdf" : format, ct);
        return Results.Ok(new { output });
    }

    private static async Task<IResult> PreviewAsync(Guid claimId, Guid documentId, [FromQuery] string? size, DocumentService documents, CancellationToken ct)
    {
        if (!Enum.TryParse<PreviewSize>(size ?? nameof(PreviewSize.Medium), ignoreCase: true, out var previewSize) || !Enum.IsDefined(previewSize))
        {
            return Results.BadRequest(new { error = "size must be one of Thumbnail, Medium, Large." });
        }

        var pages = await documents.PreviewAsync(claimId, documentId, previewSize, ct);
        return Results.Ok(new { pages });
    }
}
