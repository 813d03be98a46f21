using Carter;
using Kilnworks.Services;
using Microsoft.AspNetCore.StaticFiles;

namespace Kilnworks.Modules;

public sealed class MediaModule : ICarterModule
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/media").WithTags("Media");

        media.MapGet("/glazes/{*fileName}", (string fileName, MediaStore store) =>
        {
            try
            {
                var stream = store.OpenGlazePhoto(fileName);
                return Results.Stream(stream, ResolveType(fileName));
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return Results.NotFound();
            }
        });

        media.MapGet("/archive/{*relativePath}", (string relativePath, MediaStore store) =>
        {
            try
            {
                var stream = store.OpenArchive(relativePath);
                return Results.Stream(stream, "application/zip", Path.GetFileName(relativePath));
            }
            catch (UnauthorizedAccessException)
            {
                return Results.BadRequest();
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization("staff");

        media.MapPost("/archive/restore", (string bundle, Hangfire.IBackgroundJobClient jobs) =>
        {
            var jobId = jobs.Enqueue<Jobs.ArchiveRestoreJob>(job => job.RestoreAsync(bundle, CancellationToken.None));
            return Results.Accepted(value: new { jobId });
        }).RequireAuthorization("staff");
    }

    private static string ResolveType(string fileName)
        => ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
}
