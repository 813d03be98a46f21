using Enrolla.Core.Configuration;
using Enrolla.Core.Security;
using Enrolla.Core.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Enrolla.Api.Endpoints;

public static class DocumentEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var docs = app.MapGroup("/api/applicants/{applicantId:guid}").DisableAntiforgery();

        docs.MapPost("/evidence", async ([FromRoute] Guid applicantId, IFormFile file, DocumentStorageService storage, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return Results.Ok(await storage.SaveEvidenceAsync(applicantId, file.FileName, buffer.ToArray(), ct));
        });

        docs.MapGet("/evidence", async ([FromRoute] Guid applicantId, [FromQuery] string file, DocumentStorageService storage, CancellationToken ct) =>
        {
            var bytes = await storage.ReadEvidenceAsync(applicantId, file, ct);
            return Results.File(bytes, ContentTypeFor(file), Path.GetFileName(file));
        }).RequireAuthorization("Caseworker");

        docs.MapGet("/supporting/{**relativePath}", ([FromRoute] Guid applicantId, [FromRoute] string relativePath, DocumentStorageService storage) =>
            Results.Stream(storage.OpenSupportingDocument(applicantId, relativePath), ContentTypeFor(relativePath)))
            .RequireAuthorization("Caseworker");

        docs.MapPost("/transcripts", async ([FromRoute] Guid applicantId, [FromForm] string name, IFormFile file,
            DocumentStorageService storage, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            await storage.SaveTranscriptAsync(applicantId, name, stream, ct);
            return Results.NoContent();
        });

        var imports = app.MapGroup("/api/imports").RequireAuthorization("Caseworker").DisableAntiforgery();

        imports.MapPost("/evidence-batch", (IFormFile archive, DocumentStorageService storage) =>
        {
            var batchId = Guid.NewGuid();
            using var stream = archive.OpenReadStream();
            return Results.Ok(new { batchId, files = storage.ExtractBulkEvidence(batchId, stream) });
        });

        imports.MapPost("/schools/{urn}/pack", ([FromRoute] string urn, IFormFile archive, DocumentStorageService storage) =>
        {
            using var stream = archive.OpenReadStream();
            return Results.Ok(new { urn, files = storage.ExtractSchoolPack(urn, stream) });
        });

        imports.MapPost("/la-feed", (IFormFile feed, FeedImportService importer) =>
        {
            using var stream = feed.OpenReadStream();
            return Results.Ok(importer.ParseLaSchoolFeed(stream));
        });

        imports.MapPost("/catchment-rules", (IFormFile rules, FeedImportService importer) =>
        {
            using var stream = rules.OpenReadStream();
            return Results.Ok(importer.ParseCatchmentRules(stream));
        });

        app.MapGet("/letters/{signed}", ([FromRoute] string signed, TokenService tokens, IOptions<EnrollaOptions> options) =>
        {
            if (!tokens.VerifyDownloadLink(signed, out var offerId))
                return Results.NotFound();
            var path = Path.Combine(options.Value.LetterRoot, $"{offerId:N}.pdf");
            return Results.File(path, "application/pdf", "offer-letter.pdf"); // SAFE path
        });
    }

    private static string ContentTypeFor(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
}
