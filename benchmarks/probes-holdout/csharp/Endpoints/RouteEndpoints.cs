using Larderline.Contracts;
using Larderline.Services;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Endpoints;

public static class RouteEndpoints
{
    public static IEndpointRouteBuilder MapRouteApi(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("/api/routes").RequireCors("kiosk").WithTags("Routes");

        routes.MapPost("/{routeId:int}/solve", async (int routeId, RouteSolveRequest request, RoutePlanningService planning, HttpContext http, CancellationToken ct) =>
            await planning.RequestSolveAsync(routeId, request, http.User.Identity?.Name ?? "planner", ct)
                ? Results.Accepted($"/routes/{routeId}")
                : Results.BadRequest())
            .RequireAuthorization("Coordinators");

        routes.MapPost("/{routeId:int}/solve/depot", async (int routeId, DepotSolveRequest request, RoutePlanningService planning, CancellationToken ct) =>
            await planning.SolveForDepotCodeAsync(routeId, request, ct) is { } output
                ? Results.Ok(new { output })
                : Results.BadRequest(new { error = "Depot code must look like ABC-12." }))
            .RequireAuthorization("Coordinators");

        routes.MapPost("/{routeId:int}/driver-token/{driverId:int}", async (int routeId, int driverId, RoutePlanningService planning, CancellationToken ct) =>
            await planning.IssueDriverTokenAsync(routeId, driverId, ct) is { } token
                ? Results.Ok(new { token })
                : Results.NotFound())
            .RequireAuthorization("Coordinators");

        // Called from the driver tablet app at each doorstep; drivers have no cookie session.
        routes.MapPost("/{routeId:int}/stops/{stopId:int}/delivered", async (
            int routeId,
            int stopId,
            [FromHeader(Name = "X-Driver-Token")] string? driverToken,
            StopDeliveredRequest request,
            RoutePlanningService planning,
            CancellationToken ct) =>
        {
            var driver = planning.ReadDriver(driverToken);
            if (driver is null)
            {
                return Results.Unauthorized();
            }
            return await planning.MarkDeliveredAsync(driver, routeId, stopId, request, ct) ? Results.NoContent() : Results.Conflict();
        }).AllowAnonymous();

        routes.MapGet("/{routeId:int}/me", (int routeId, HttpRequest request, RoutePlanningService planning) =>
        {
            var header = request.Headers.Authorization.ToString();
            var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
            var driver = planning.ValidateDriver(token);
            return driver is null || driver.RouteId != routeId ? Results.Unauthorized() : Results.Ok(driver);
        }).AllowAnonymous();

        return app;
    }
}
