using Carter;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Quayside.Api.Services;

namespace Quayside.Api.Modules;

public sealed class DocumentsModule : ICarterModule
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var docs = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization();

        docs.MapGet("/vessel/{category}", (string category, [FromQuery(Name = "file")] string fileName, DocumentStore store) =>
        {
            if (!DocumentStore.IsVesselCategory(category))
            {
                return Results.NotFound();
            }

            try
            {
                var stream = store.OpenVesselDocument(category, fileName);
                return Results.Stream(stream, ContentTypeFor(fileName), Path.GetFileName(fileName));
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return Results.NotFound();
            }
        });

        docs.MapGet("/timetables/{year:int:range(2015,2100)}/{month:int:range(1,12)}", (int year, int month, DocumentStore store) =>
        {
            var stream = store.OpenTimetable(year, month);
            return stream is null ? Results.NotFound() : Results.Stream(stream, "application/pdf", $"timetable-{year}-{month:D2}.pdf");
        }).AllowAnonymous();

        docs.MapPost("/customs/{manifestId:guid}", async (Guid manifestId, HttpRequest request, ManifestService manifests, CancellationToken ct) =>
        {
            if (!string.Equals(request.ContentType, "application/xml", StringComparison.OrdinalIgnoreCase))
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            try
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                var declaration = await manifests.AttachCustomsDeclarationAsync(manifestId, buffer, ct);
                return Results.Ok(declaration);
            }
            catch (KeyNotFoundException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization("Cargo");
    }

    private static string ContentTypeFor(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
}
