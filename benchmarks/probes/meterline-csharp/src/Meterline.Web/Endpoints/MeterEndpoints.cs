using Meterline.Helpers;
using Meterline.Models;
using Meterline.Repositories;
using Meterline.Services;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;

namespace Meterline.Endpoints;

public static class MeterEndpoints
{
    public static RouteGroupBuilder MapMeterEndpoints(this RouteGroupBuilder api)
    {
        var meters = api.MapGroup("/meters").WithTags("Meters");

        meters.MapGet("/{serial}/history", async (string serial, [FromQuery] DateOnly? from, MeterReadingRepository readings) =>
            Results.Ok(await readings.HistoryBySerialAsync(serial, from ?? DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-13)))))
            .RequireAuthorization();

        meters.MapGet("/routes/{routeCode}/readings", async (string routeCode, [FromQuery] string? register, MeterReadingRepository readings) =>
            InputRules.IsRouteCode(routeCode)
                ? Results.Ok(await readings.ByRouteAsync(routeCode, register))
                : Results.BadRequest(new { error = "Unknown route code." }))
            .RequireAuthorization("staff");

        meters.MapPost("/{serial}/readings", async (string serial, [FromBody] ReadingSubmission body,
            [FromHeader(Name = "X-Field-Token")] string? fieldToken, TokenService tokens, MeterReadingRepository readings) =>
        {
            if (string.IsNullOrEmpty(fieldToken) || tokens.ReadFieldIdentity(fieldToken) is not { } technician) return Results.Unauthorized();
            var reading = new MeterReading { MeterSerial = serial, Register = body.Register, Value = body.Value, ReadAt = body.ReadAt,
                ReadOn = DateOnly.FromDateTime(body.ReadAt.UtcDateTime), TechnicianId = technician.TechnicianId, Source = $"field:{technician.Depot}", Note = body.Note };
            await readings.AddRangeAsync([reading]);
            return Results.Created($"/api/meters/{serial}/history", reading);
        });

        meters.MapPost("/{serial}/photo", async (string serial, IFormFile photo, DocumentStore documents) =>
        {
            if (photo.Length is 0 or > 8 * 1024 * 1024) return Results.BadRequest(new { error = "Photo must be between 1 byte and 8 MB." });
            var saved = await documents.SaveMeterPhotoAsync(serial, photo);
            return Results.Ok(new { stored = Path.GetFileName(saved) });
        }).RequireAuthorization("field").DisableAntiforgery();

        meters.MapGet("/{serial}/events/tamper", async (string serial, ReadingEventStore events) =>
            Results.Text((await events.OpenTamperAlertsAsync(serial)).ToJson(), "application/json")).RequireAuthorization("staff");

        meters.MapGet("/{serial}/events/spikes", async (string serial, [FromQuery] string? threshold, ReadingEventStore events) =>
            Results.Text((await events.ConsumptionSpikesAsync(serial, threshold ?? "25")).ToJson(), "application/json")).RequireAuthorization("staff");

        meters.MapPost("/events/query", async ([FromBody] EventQueryRequest request, TelemetryService telemetry) =>
            Results.Text((await telemetry.SearchAsync(request)).ToJson(), "application/json")).RequireAuthorization("staff");

        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization("staff").DisableAntiforgery();

        imports.MapPost("/handheld", async (IFormFile archive, MeterImportService importer) =>
            Results.Ok(await importer.ImportHandheldArchiveAsync(archive)));

        imports.MapPost("/vendor/{vendor}", async (MeterVendor vendor, HttpRequest request, MeterImportService importer) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            buffer.Position = 0;
            return Results.Ok(importer.ImportVendorBundle(buffer, vendor));
        });

        imports.MapPost("/amr", async (IFormFile export, MeterImportService importer, HttpResponse response) =>
        {
            response.Headers["X-Batch-Fingerprint"] = await importer.FingerprintAsync(export);
            await using var stream = export.OpenReadStream();
            return Results.Ok(await importer.ParseAmrExportAsync(stream));
        });

        imports.MapPost("/route-manifest", async (IFormFile manifest, MeterImportService importer) =>
        {
            await using var stream = manifest.OpenReadStream();
            return Results.Ok(importer.LoadRouteManifest(stream));
        });

        return meters;
    }
}
