using System.Security.Claims;
using Carter;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Jobs;
using Quayside.Api.Security;
using Quayside.Api.Services;

namespace Quayside.Api.Modules;

public sealed class SailingsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sailings/availability", async ([FromQuery] string state, BookingRepository bookings, CancellationToken ct) =>
        {
            SailingSearchState? search;
            try
            {
                search = SearchStateCodec.Decode(state);
            }
            catch (FormatException)
            {
                return Results.BadRequest(new { error = "Malformed search token." });
            }

            if (search?.From is null || search.To is null || search.Date is null)
            {
                return Results.BadRequest(new { error = "Search must include from, to and date." });
            }

            var sailings = await bookings.AvailableSailingsAsync(search.From, search.To, search.Date.Value, ct);
            return Results.Ok(new { search = SearchStateCodec.Encode(search), sailings });
        }).AllowAnonymous().WithTags("Sailings");

        app.MapGet("/api/sailings/{sailingId:guid}/position", async (Guid sailingId, [FromQuery] string feed, PortAuthorityClient ports, IOptions<PortAuthorityOptions> options, CancellationToken ct) =>
        {
            if (!UrlSafety.IsPortAuthorityFeed(feed, options.Value.BaseUrl))
            {
                return Results.BadRequest(new { error = "Feed must be a port authority URL." });
            }

            var body = await ports.FetchPositionFeedAsync(feed, ct);
            return Results.Content(body, "application/json");
        }).RequireAuthorization("Operations").WithTags("Sailings");

        app.MapGet("/api/ports/{portCode}/berths", async (string portCode, PortAuthorityClient ports, CancellationToken ct) =>
            Results.Ok(await ports.GetBerthStatusAsync(portCode.ToUpperInvariant(), ct)))
            .AllowAnonymous().WithTags("Sailings");

        app.MapGet("/api/bookings/{reference}/continue", async (string reference, BookingService bookings, IOptions<QuaysideOptions> options, CancellationToken ct) =>
        {
            var continueUrl = await bookings.ContinueUrlAsync(reference.ToUpperInvariant(), ct);
            if (string.IsNullOrEmpty(continueUrl))
            {
                return Results.Redirect($"{options.Value.PublicBaseUrl}/manage/{Uri.EscapeDataString(reference)}");
            }

            return Results.Redirect(continueUrl); // VULN redirect
        }).AllowAnonymous().WithTags("Bookings");

        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization("Reporting");

        reports.MapPost("/revenue", async (ReportDefinitionInput input, ClaimsPrincipal user, ReportRepository repository, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.RouteFilter))
            {
                return Results.BadRequest(new { error = "Name and route filter are required." });
            }

            var id = await repository.SaveDefinitionAsync(new ReportDefinition
            {
                Name = input.Name.Trim(),
                RouteFilter = input.RouteFilter.Trim(),
                Cron = string.IsNullOrWhiteSpace(input.Cron) ? "0 6 * * 1" : input.Cron,
                Recipient = input.Recipient,
                CreatedBy = user.Identity?.Name ?? "system",
            }, ct);

            return Results.Created($"/api/reports/revenue/{id}", new { id });
        });

        reports.MapPost("/revenue/{definitionId:int}/run", (int definitionId, IBackgroundJobClient jobs) =>
        {
            var jobId = jobs.Enqueue<ScheduledReportJob>(j => j.RunDefinitionAsync(definitionId, CancellationToken.None));
            return Results.Accepted(value: new { jobId });
        });

        reports.MapGet("/revenue/route/{routeCode}", async (string routeCode, [FromQuery] DateOnly from, [FromQuery] DateOnly to, ReportRepository repository, CancellationToken ct) =>
            Results.Ok(await repository.RevenueForRouteAsync(routeCode.ToUpperInvariant(), from, to, ct)));
    }
}
