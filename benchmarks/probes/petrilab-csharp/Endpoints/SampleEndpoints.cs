using System.Security.Claims;
using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class SampleEndpoints
{
    public static RouteGroupBuilder MapSampleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/samples").WithTags("Samples").RequireAuthorization("LabStaff");

        group.MapGet("/", async ([AsParameters] SampleSearchQuery query, SampleService samples, CancellationToken ct) =>
        {
            if (query.ClinicId <= 0)
            {
                return Results.BadRequest(new { error = "clinic is required" });
            }

            var found = await samples.SearchAsync(query, ct);
            return Results.Ok(found.Select(SampleDto.From));
        });

        group.MapGet("/by-accession/{accession}", async (string accession, SampleService samples, CancellationToken ct) =>
            await samples.FindAsync(accession, ct) is { } sample ? Results.Ok(SampleDto.From(sample)) : Results.NotFound());

        group.MapPost("/{id:int}/receive", async (int id, ClaimsPrincipal user, SampleService samples, CancellationToken ct) =>
            await samples.ReceiveAsync(id, user.Identity?.Name ?? "system", ct) ? Results.NoContent() : Results.Conflict(new { error = "Sample is not in transit" }));

        group.MapPost("/{id:int}/label", async (int id, LabelPrintRequest request, SampleService samples, CancellationToken ct) =>
        {
            var exitCode = await samples.PrintLabelAsync(id, request, ct);
            return exitCode == 0 ? Results.Accepted() : Results.Problem($"Printer queue returned {exitCode}");
        });

        group.MapPost("/{id:int}/label/station", async (int id, StationPrintRequest request, SampleService samples, CancellationToken ct) =>
        {
            try
            {
                var exitCode = await samples.PrintAtStationAsync(id, request, ct);
                return exitCode == 0 ? Results.Accepted() : Results.Problem($"Printer queue returned {exitCode}");
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        group.MapGet("/printers/{name}/status", async (string name, LabelPrintService printers, CancellationToken ct) =>
        {
            try
            {
                return Results.Text(await printers.PrinterStatusAsync(name, ct));
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        return group;
    }
}
