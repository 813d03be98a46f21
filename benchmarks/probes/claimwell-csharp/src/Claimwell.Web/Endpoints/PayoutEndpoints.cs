using System.Security.Claims;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Endpoints;

public static class PayoutEndpoints
{
    public static RouteGroupBuilder MapPayoutEndpoints(this RouteGroupBuilder api)
    {
        var payouts = api.MapGroup("/payouts")
            .WithTags("Payouts")
            .RequireAuthorization("Adjuster")
            .AddEndpointFilter<DomainExceptionFilter>();

        payouts.MapPost("/preview", PreviewAsync);
        payouts.MapPost("/", ApproveAsync).AddEndpointFilter<ValidationFilter<ApprovePayoutRequest>>();
        payouts.MapGet("/ledger", LedgerAsync);

        return payouts;
    }

    private static async Task<IResult> PreviewAsync(PayoutPreviewRequest request, PayoutService payouts, CancellationToken ct)
    {
        if (request.AssessedLoss <= 0)
        {
            return Results.BadRequest(new { error = "assessedLoss must be positive." });
        }

        return Results.Ok(await payouts.PreviewAsync(request, ct));
    }

    private static async Task<IResult> ApproveAsync(ApprovePayoutRequest request, ClaimsPrincipal user, PayoutService payouts, CancellationToken ct)
    {
        var entryId = await payouts.ApproveAsync(request, user.Identity?.Name ?? "unknown", ct);
        return Results.Created($"/api/payouts/ledger/{entryId}", new { entryId });
    }

    private static async Task<IResult> LedgerAsync([FromQuery] string claimRef, PayoutService payouts, CancellationToken ct) =>
        Results.Ok(await payouts.LedgerAsync(claimRef, ct));
}
