using Fellside.Messages;
using Fellside.Dtos;
using Fellside.Services;
using Microsoft.AspNetCore.Mvc;
using Wolverine;

namespace Fellside.Endpoints;

public static class FieldRoutes
{
    public static IEndpointRouteBuilder MapFieldRoutes(this IEndpointRouteBuilder app)
    {
        var field = app.MapGroup("/field").RequireCors("field-app").WithTags("Field");

        field.MapPost("/positions", async (FieldPositionReport report, HttpRequest request, FieldTokenService tokens, IMessageBus bus, [FromQuery] int calloutId) =>
        {
            var token = BearerToken(request);
            if (token is null)
            {
                return Results.Unauthorized();
            }

            var replay = request.Headers.ContainsKey("X-Offline-Replay");
            var identity = replay ? tokens.ReadOfflineToken(token) : await tokens.ValidateAsync(token);
            if (identity is null || !string.Equals(identity.Callsign, report.Callsign, StringComparison.OrdinalIgnoreCase))
            {
                return Results.Unauthorized();
            }

            await bus.PublishAsync(new ResponderPositionLogged(calloutId, identity.Callsign, report.Latitude, report.Longitude));
            return Results.Accepted();
        });

        field.MapGet("/huts/photo", async (string name, DocumentStore store, CancellationToken ct) =>
        {
            try
            {
                var bytes = await store.ReadHutPhotoAsync(name, ct);
                return Results.File(bytes, "image/jpeg");
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }
        });

        field.MapPost("/huts/{hutId:int}/photos", async (int hutId, IFormFile photo, DocumentStore store, CancellationToken ct) =>
        {
            await using var content = photo.OpenReadStream();
            var stored = await store.SaveHutPhotoAsync(hutId, photo.FileName, content, ct);
            return Results.Created($"/field/huts/photo?name={Uri.EscapeDataString(stored)}", new { stored });
        }).DisableAntiforgery().RequireAuthorization();

        field.MapPost("/callouts/{calloutId:int}/shift-archive", (int calloutId, IFormFile archive, TrackArchiveImporter importer) =>
        {
            using var stream = archive.OpenReadStream();
            var files = importer.ImportShiftArchive(calloutId, stream);
            return Results.Ok(new { imported = files.Count });
        }).DisableAntiforgery().RequireAuthorization();

        field.MapPost("/callouts/{calloutId:int}/scene-photos", (int calloutId, IFormFile archive, TrackArchiveImporter importer) =>
        {
            using var stream = archive.OpenReadStream();
            var files = importer.ImportScenePhotos(calloutId, stream);
            return Results.Ok(new { imported = files.Count });
        }).DisableAntiforgery().RequireAuthorization();

        field.MapPost("/bookings/{reference}/planned-route", (string reference, IFormFile gpx, GpxTrackParser parser) =>
        {
            using var stream = gpx.OpenReadStream();
            var track = parser.ParsePlannedRoute(stream);
            return Results.Ok(new { reference, track.Name, points = track.Points.Count });
        }).DisableAntiforgery();

        field.MapGet("/tiles", async (string url, MapTileProxy tiles, CancellationToken ct) =>
            await tiles.FetchTileAsync(url, ct) is { } tile ? Results.File(tile.Content, tile.ContentType) : Results.NotFound());

        field.MapGet("/overlay", async (string url, MapTileProxy tiles, CancellationToken ct) =>
            await tiles.FetchOverlayAsync(url, ct) is { } overlay ? Results.File(overlay.Content, overlay.ContentType) : Results.NotFound())
            .RequireAuthorization();

        field.MapGet("/teams/{teamCode}/documents/{**path}", (string teamCode, string path, DocumentStore store) =>
        {
            try
            {
                return Results.File(store.OpenTeamDocument(teamCode.ToUpperInvariant(), path), "application/pdf");
            }
            catch (UnauthorizedAccessException)
            {
                return Results.BadRequest();
            }
        }).RequireAuthorization();

        return app;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
