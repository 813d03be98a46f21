using System.Globalization;
using System.Net.Http.Json;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class CourierService(
    CourierTrackingStore tracking,
    TokenService tokens,
    LabelPrintService printer,
    IHttpClientFactory httpClients,
    ILogger<CourierService> logger)
{
    public Task<List<PickupView>> RouteBoardAsync(string route, DateOnly day) =>
        tracking.OpenPickupsForRouteAsync(route.Trim(), day);

    public Task<List<PickupView>> ClinicHistoryAsync(string clinicCode, int days) =>
        tracking.PickupsForClinicAsync(clinicCode.Trim().ToUpperInvariant(), DateTimeOffset.UtcNow.AddDays(-Math.Clamp(days, 1, 365)));

    public async Task<(string PickupId, string HandoffCode)> ScheduleAsync(PickupRequest request, CancellationToken ct)
    {
        var handoffCode = NewHandoffCode();
        var pickupId = await tracking.InsertPickupAsync(request, handoffCode);

        var dispatch = httpClients.CreateClient("courier-dispatch");
        using var response = await dispatch.PostAsJsonAsync("v1/pickups", new { pickupId, request.Route, request.ClinicCode, readyAt = request.ReadyAt, boxes = request.BoxCount }, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Dispatch rejected pickup {PickupId}: {Status}", pickupId, response.StatusCode);
        }

        return (pickupId, handoffCode);
    }

    /// <summary>Six digit code the clinic reads to the driver when handing over the cool box.</summary>
    private static string NewHandoffCode()
    {
        return new Random().Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture); // VULN random
    }

    public async Task<bool> ConfirmHandoffAsync(string bearerToken, string pickupId, PickupConfirmation confirmation)
    {
        var courier = tokens.ReadCourierToken(bearerToken);
        var pickup = await tracking.GetPickupAsync(pickupId);
        if (pickup is null)
        {
            return false;
        }

        var assignedRoute = pickup.GetValue("route", string.Empty).AsString;
        if (!courier.IsDispatcher)
        {
            if (!string.Equals(assignedRoute, courier.Route, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (pickup.GetValue("handoffCode", string.Empty).AsString != confirmation.PickupCode)
            {
                return false;
            }
        }

        await tracking.MarkCollectedAsync(pickupId, courier.Subject, confirmation.BoxCount);
        logger.LogInformation("Pickup {PickupId} collected by {Courier}", pickupId, courier.Subject);
        return true;
    }

    public async Task PrintManifestAsync(ManifestPrintRequest request, CancellationToken ct)
    {
        var pickups = await tracking.RouteManifestAsync(request.RouteCode, request.Date);
        var manifestFile = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.txt");
        var lines = pickups
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.ReadyAt:HH:mm}  {p.ClinicCode,-10} boxes: {p.BoxCount}  [{p.Status}]"))
            .Prepend(string.Create(CultureInfo.InvariantCulture, $"Route {request.RouteCode} - {request.Date:yyyy-MM-dd} - {pickups.Count} stops"));
        await File.WriteAllLinesAsync(manifestFile, lines, ct);

        try
        {
            await printer.PrintManifestAsync(request, manifestFile, ct);
        }
        finally
        {
            File.Delete(manifestFile);
        }
    }
}
