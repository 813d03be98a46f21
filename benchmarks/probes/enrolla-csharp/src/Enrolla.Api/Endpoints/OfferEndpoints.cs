using Enrolla.Core.Models;
using Enrolla.Core.Services;
using Microsoft.AspNetCore.Mvc;

namespace Enrolla.Api.Endpoints;

public static class OfferEndpoints
{
    public static void MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/offers").RequireAuthorization("Caseworker");

        staff.MapGet("/", async ([FromQuery] string round, [FromQuery] string? status, [FromQuery] string? la,
            OfferService offers, CancellationToken ct) =>
            Results.Ok(await offers.SearchAsync(new OfferQuery(round, status ?? "", la), ct)));

        staff.MapPost("/{offerId:guid}/letters", async ([FromRoute] Guid offerId, [FromBody] IssueLetterRequest request,
            [FromHeader(Name = "X-Staff-User")] string staffUser, OfferService offers, CancellationToken ct) =>
        {
            var queued = await offers.QueueLetterAsync(request with { OfferId = offerId }, staffUser, ct);
            return queued ? Results.Accepted() : Results.NotFound();
        });

        staff.MapPost("/{offerId:guid}/acceptance-code", async ([FromRoute] Guid offerId, OfferService offers, CancellationToken ct) =>
            Results.Ok(new { code = await offers.ReissueAcceptanceCodeAsync(offerId, ct) }));

        app.MapGet("/offers/respond", async ([FromQuery] string code, [FromQuery] string? returnUrl, OfferService offers, CancellationToken ct) =>
        {
            var accepted = await offers.AcceptAsync(code, ct);
            var target = returnUrl ?? $"/offers/status?message={(accepted ? "accepted" : "not-found")}";
            return Results.Redirect(target); // VULN redirect
        });

        app.MapGet("/offers/declined", ([FromQuery] string? next) =>
            Results.LocalRedirect(string.IsNullOrEmpty(next) ? "/" : next)); // SAFE redirect
    }
}
