using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class CourierEndpoints
{
    public static void MapCourierEndpoints(this IEndpointRouteBuilder app)
    {
        // Also called by the pickup widget embedded on clinic websites.
        var group = app.MapGroup("/api/courier").WithTags("Courier").RequireCors("PartnerWidgets");

        group.MapGet("/pickups", async (string route, DateOnly? day, CourierService courier) =>
        {
            var board = await courier.RouteBoardAsync(route, day ?? DateOnly.FromDateTime(DateTime.UtcNow));
            return Results.Ok(board);
        }).RequireAuthorization("LabStaff");

        group.MapGet("/clinics/{clinicCode}/pickups", async (string clinicCode, int? days, CourierService courier) =>
            Results.Ok(await courier.ClinicHistoryAsync(clinicCode, days ?? 30)));

        group.MapPost("/pickups", async (PickupRequest request, CourierService courier, CancellationToken ct) =>
        {
            var (pickupId, handoffCode) = await courier.ScheduleAsync(request, ct);
            return Results.Created($"/api/courier/pickups/{pickupId}", new { pickupId, handoffCode });
        }).RequireAuthorization("ClinicPortal");

        group.MapPost("/pickups/{pickupId}/collect", async (string pickupId, PickupConfirmation confirmation, HttpRequest http, CourierService courier) =>
        {
            var header = http.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Unauthorized();
            }

            var token = header["Bearer ".Length..].Trim();
            return await courier.ConfirmHandoffAsync(token, pickupId, confirmation)
                ? Results.NoContent()
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });

        group.MapPost("/manifests/print", async (ManifestPrintRequest request, CourierService courier, CancellationToken ct) =>
        {
            await courier.PrintManifestAsync(request, ct);
            return Results.Accepted();
        }).RequireAuthorization("LabStaff");
    }
}
