using System.Security.Claims;
using Carter;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Quayside.Api.Contracts;
using Quayside.Api.Jobs;
using Quayside.Api.Services;

namespace Quayside.Api.Modules;

public sealed class CrewModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var crew = app.MapGroup("/api/crew")
            .WithTags("Crew")
            .RequireAuthorization("Rostering");

        crew.MapGet("/", async ([FromQuery] string? port, [FromQuery] string? grade, CrewService service, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await service.SearchAsync(new CrewSearchQuery(port, grade), ct));
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        crew.MapGet("/{crewId:int}/shifts", async (int crewId, [FromQuery] DateOnly? week, CrewService service, CancellationToken ct) =>
        {
            var monday = week ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-(((int)DateTime.UtcNow.DayOfWeek + 6) % 7)));
            return Results.Ok(await service.ShiftsAsync(crewId, monday, ct));
        });

        crew.MapPost("/{crewId:int}/notes", async (int crewId, AddCrewNoteRequest body, ClaimsPrincipal user, CrewService service, CancellationToken ct) =>
        {
            await service.AddNoteAsync(crewId, user.Identity?.Name ?? "unknown", body.Body, ct);
            return Results.NoContent();
        });

        crew.MapGet("/directory", ([FromQuery] string department, CrewService service) =>
            Results.Ok(service.DirectoryByDepartment(department)));

        crew.MapPost("/rosters/publish", (RosterPublishRequest body, ClaimsPrincipal user, IBackgroundJobClient jobs) =>
        {
            var jobId = jobs.Enqueue<RosterPublishJob>(j => j.PublishAsync(body.Vessel, body.WeekStarting, user.Identity!.Name!, CancellationToken.None));
            return Results.Accepted(value: new { jobId });
        });

        crew.MapPost("/{crewId:int}/certificates", async (int crewId, CertificateUpload body, CrewService service, CancellationToken ct) =>
        {
            var stored = await service.UploadCertificateAsync(body with { CrewId = crewId }, ct);
            return Results.Created($"/api/crew/{crewId}/certificates/{stored}", new { stored });
        });

        crew.MapPost("/{crewId:int}/certificates/bundle", async (int crewId, IFormFile bundle, CrewService service) =>
        {
            await using var stream = bundle.OpenReadStream();
            var files = service.ImportCertificateBundle(crewId, stream);
            return Results.Ok(new { imported = files.Count });
        }).DisableAntiforgery();

        crew.MapGet("/{crewId:int}/certificates/{storedName}", (int crewId, string storedName, CrewService service) =>
        {
            try
            {
                return Results.Stream(service.OpenCertificate(crewId, storedName), "application/octet-stream", storedName);
            }
            catch (Exception ex) when (ex is FileNotFoundException or UnauthorizedAccessException)
            {
                return Results.NotFound();
            }
        });

        // Kiosk and portal credentials are set from the gangway terminals, which authenticate with a device certificate.
        var kiosk = app.MapGroup("/api/crew-kiosk").WithTags("Crew kiosk").RequireAuthorization("Kiosk");

        kiosk.MapPost("/pin", async (KioskPinRequest body, CrewService service, CancellationToken ct) =>
            await service.SetKioskPinAsync(body.StaffNumber, body.Pin, ct) ? Results.NoContent() : Results.NotFound());

        kiosk.MapPost("/portal-password", async ([FromBody] PortalPasswordRequest body, CrewService service, CancellationToken ct) =>
            await service.SetPortalPasswordAsync(body.StaffNumber, body.Password, ct) ? Results.NoContent() : Results.NotFound());

        app.MapPost("/api/crew-portal/password-reset", async (PasswordResetRequest body, CrewService service, CancellationToken ct) =>
        {
            await service.StartPasswordResetAsync(body.StaffNumber, ct);
            return Results.Accepted();
        }).AllowAnonymous().WithTags("Crew portal");
    }

    public sealed record PortalPasswordRequest(string StaffNumber, string Password);
}
