using Carter;
using Kilnworks.Contracts;
using Kilnworks.Services;
using Microsoft.AspNetCore.Mvc;

namespace Kilnworks.Modules;

public sealed class FiringModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var firings = app.MapGroup("/api/firings").RequireAuthorization().WithTags("Firings");

        firings.MapGet("/", async ([AsParameters] FiringSearchQuery query, FiringService service, CancellationToken ct) =>
        {
            var results = await service.SearchAsync(query, ct);
            return Results.Ok(results);
        });

        firings.MapGet("/{id:long}", async (long id, FiringService service, CancellationToken ct) =>
        {
            var firing = await service.GetAsync(id, ct);
            return firing is null ? Results.NotFound() : Results.Ok(firing);
        });

        firings.MapPost("/", async (ScheduleFiringRequest request, HttpContext http, FiringService service, CancellationToken ct) =>
        {
            try
            {
                var id = await service.ScheduleAsync(request, http.User.MemberId(), ct);
                return Results.Created($"/api/firings/{id}", new { id });
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        firings.MapPost("/{id:long}/controller-schedule", async (long id, IFormFile file, FiringService service, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            var segments = await service.ImportControllerScheduleAsync(id, stream, ct);
            return Results.Ok(segments);
        }).DisableAntiforgery();

        firings.MapGet("/{id:long}/logs/{logName}", async (long id, string logName, FiringService service, CancellationToken ct) =>
        {
            try
            {
                var text = await service.ReadLogAsync(id, logName, ct);
                return Results.Text(text, "text/csv");
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }
        });

        firings.MapPost("/{id:long}/log-archive", async (long id, IFormFile archive, HttpContext http, FiringService service, CancellationToken ct) =>
        {
            if (!archive.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return Results.BadRequest(new { error = "Upload the controller's .zip export." });
            }
            await service.StageLogArchiveAsync(id, archive, http.User.MemberId(), ct);
            return Results.Accepted();
        }).DisableAntiforgery();

        firings.MapPost("/{id:long}/timelapse", (long id, [FromForm] string camera, [FromForm] string caption, FiringService service) =>
        {
            var jobId = service.QueueTimelapse(id, camera, caption);
            return Results.Accepted(value: new { jobId });
        }).DisableAntiforgery();

        firings.MapGet("/lookup", async (string? kiln, FiringService service, CancellationToken ct) =>
        {
            var results = await service.SearchAsync(new FiringSearchQuery(kiln, null, null, null), ct);
            if (results.Count == 0)
            {
                return Results.Content($"<p class=\"empty\">No firings found for kiln <strong>{kiln}</strong>.</p>", "text/html"); // VULN xss
            }
            return Results.Ok(results);
        });

        var kilns = app.MapGroup("/api/kilns").RequireAuthorization().WithTags("Kilns");

        kilns.MapGet("/{kilnId:int}/firings", async (int kilnId, int? limit, FiringService service, CancellationToken ct) =>
            Results.Ok(await service.RecentForKilnAsync(kilnId, limit ?? 20, ct)));

        kilns.MapGet("/{kilnId:int}/status", async (int kilnId, FiringService service, CancellationToken ct) =>
        {
            var status = await service.LiveStatusAsync(kilnId, ct);
            return status is null ? Results.NotFound() : Results.Ok(status);
        });

        kilns.MapPost("/{kilnId:int}/kilnlink", async (int kilnId, RegisterControllerRequest request, FiringService service, CancellationToken ct) =>
        {
            try
            {
                await service.RegisterKilnLinkAsync(request with { KilnId = kilnId }, ct);
                return Results.NoContent();
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        }).RequireAuthorization("staff");
    }
}

public sealed class ConeModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var cones = app.MapGroup("/api/cones").WithTags("Cones");

        cones.MapGet("/{cone}", (string cone, string? atmosphere, ConeChartParser chart) =>
        {
            var reading = chart.FindCone(cone, atmosphere ?? "oxidation");
            return reading is null ? Results.NotFound() : Results.Ok(reading);
        });

        cones.MapGet("/by-ramp/{index:int}", (int index, int? ramp, ConeChartParser chart) =>
        {
            var reading = chart.FindConeByRamp(index, ramp ?? 150);
            return reading is null ? Results.NotFound() : Results.Ok(reading);
        });
    }
}
