using Larderline.Contracts;
using Larderline.Data;
using Larderline.Domain;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Http;
using Larderline.Infrastructure.Processes;
using Larderline.Security;
using Larderline.Workers;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Services;

public sealed class RoutePlanningService(
    LarderlineDbContext db,
    RouteSolverRunner solver,
    MappingClient mapping,
    DocumentStore documents,
    DriverTokenService driverTokens,
    IWorkQueue queue,
    TimeProvider clock,
    ILogger<RoutePlanningService> logger)
{
    private static readonly HashSet<string> Profiles = new(StringComparer.OrdinalIgnoreCase) { "van", "cargo-bike", "car" };

    public async Task<RouteManifestViewModel?> ManifestAsync(int routeId, CancellationToken ct)
    {
        var route = await db.Routes.Include(r => r.Stops).AsNoTracking().FirstOrDefaultAsync(r => r.Id == routeId, ct);
        if (route is null)
        {
            return null;
        }
        var driverName = route.DriverId is { } driverId
            ? await db.Volunteers.Where(v => v.Id == driverId).Select(v => v.FullName).FirstOrDefaultAsync(ct)
            : null;
        return new RouteManifestViewModel(route, route.Stops.OrderBy(s => s.Sequence).ToList(), driverName);
    }

    public async Task<bool> RequestSolveAsync(int routeId, RouteSolveRequest request, string requestedBy, CancellationToken ct)
    {
        if (!await db.Routes.AnyAsync(r => r.Id == routeId, ct) || request.Vehicles is < 1 or > 12)
        {
            return false;
        }

        var profile = Profiles.Contains(request.Profile) ? request.Profile : "van";
        await queue.EnqueueAsync(new RouteSolveRequested(routeId, request.Depot, profile, request.Vehicles) { RequestedBy = requestedBy }, ct);
        return true;
    }

    public async Task RunSolverAsync(int routeId, string depot, string profile, int vehicles, CancellationToken ct)
    {
        var output = await solver.SolveAsync(routeId, depot, profile, vehicles, ct);
        await db.Routes.Where(r => r.Id == routeId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SolverOutputPath, output).SetProperty(r => r.Status, "Solved"), ct);
    }

    public async Task<string?> SolveForDepotCodeAsync(int routeId, DepotSolveRequest request, CancellationToken ct)
    {
        if (!DepotCodes.IsValid(request.DepotCode) || request.Vehicles is < 1 or > 12)
        {
            return null;
        }
        return await solver.SolveForDepotCodeAsync(routeId, request.DepotCode, request.Vehicles, ct);
    }

    public async Task QueueArchiveAsync(int routeId, IFormFile archive, RouteArchiveKind kind, string requestedBy, CancellationToken ct)
    {
        var tempPath = await documents.SaveUploadToTempAsync(archive, ct);
        await queue.EnqueueAsync(new RouteArchiveUploaded(routeId, tempPath, kind) { RequestedBy = requestedBy }, ct);
    }

    public Task<byte[]> TileAsync(string tileUrl, CancellationToken ct) => mapping.FetchTileAsync(tileUrl, ct);

    public async Task<GeocodeResult?> GeocodeStopAsync(int stopId, string postcode, CancellationToken ct)
    {
        var result = await mapping.GeocodeAsync(postcode, ct);
        if (result is not null)
        {
            await db.RouteStops.Where(s => s.Id == stopId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Latitude, result.Latitude).SetProperty(x => x.Longitude, result.Longitude), ct);
        }
        return result;
    }

    public async Task<string?> IssueDriverTokenAsync(int routeId, int driverId, CancellationToken ct)
    {
        var route = await db.Routes.FirstOrDefaultAsync(r => r.Id == routeId && r.DriverId == driverId, ct);
        var driver = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == driverId && v.Role == VolunteerRole.Driver, ct);
        return route is null || driver is null ? null : driverTokens.Issue(driver, route);
    }

    public DriverContext? ReadDriver(string? token) => string.IsNullOrEmpty(token) ? null : driverTokens.ReadContext(token);

    public DriverContext? ValidateDriver(string? token) => string.IsNullOrEmpty(token) ? null : driverTokens.Validate(token);

    public async Task<bool> MarkDeliveredAsync(DriverContext driver, int routeId, int stopId, StopDeliveredRequest request, CancellationToken ct)
    {
        if (driver.RouteId != routeId)
        {
            return false;
        }

        var stop = await db.RouteStops.FirstOrDefaultAsync(s => s.Id == stopId && s.RouteId == routeId, ct);
        if (stop is null || stop.DeliveredAt is not null)
        {
            return false;
        }

        stop.DeliveredAt = request.DeliveredAt > clock.GetUtcNow() ? clock.GetUtcNow() : request.DeliveredAt;
        stop.DeliveredByDriver = driver.Name;
        if (stop.ParcelId is { } parcelId)
        {
            await db.Parcels.Where(p => p.Id == parcelId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.Delivered), ct);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Stop {StopId} on route {RouteId} delivered by {Driver}", stopId, routeId, driver.Name);
        return true;
    }
}
