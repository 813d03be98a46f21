using Larderline.Contracts;
using Larderline.Services;
using Larderline.Workers;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Endpoints;

public static class IntegrationEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationApi(this IEndpointRouteBuilder app)
    {
        var integrations = app.MapGroup("/api/integrations").WithTags("Integrations");

        // Store back-office systems push surplus feeds with a per-store key; no user session.
        integrations.MapPost("/stores/{storeCode}/feed", async (
            string storeCode,
            [FromHeader(Name = "X-Feed-Key")] string? feedKey,
            [FromHeader(Name = "X-Feed-Format")] string? feedFormat,
            HttpRequest request,
            DonationIntakeService intake,
            CancellationToken ct) =>
        {
            var legacy = string.Equals(feedFormat, "stockexport-1", StringComparison.OrdinalIgnoreCase);
            var result = await intake.ImportStoreFeedAsync(storeCode, feedKey, legacy, request.Body, ct);
            return result is null ? Results.Unauthorized() : Results.Ok(result);
        }).AllowAnonymous().DisableAntiforgery();

        integrations.MapPost("/feeds/pull", async (RemoteFeedPullRequest pull, IWorkQueue queue, HttpContext http, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(pull.FeedUrl) || string.IsNullOrWhiteSpace(pull.StoreCode))
            {
                return Results.BadRequest();
            }
            await queue.EnqueueAsync(new RemoteFeedPull(pull.StoreCode.Trim(), pull.FeedUrl.Trim()) { RequestedBy = http.User.Identity?.Name }, ct);
            return Results.Accepted();
        }).RequireAuthorization("Coordinators");

        integrations.MapPost("/scanners/sync", async (HttpRequest request, DonationIntakeService intake, CancellationToken ct) =>
        {
            if (!string.Equals(request.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }
            var device = request.Headers["X-Scanner-Id"].ToString();
            var result = await intake.ApplyScannerBatchAsync(request.Body, "scanner:" + device, ct);
            return Results.Ok(result);
        }).RequireAuthorization("Warehouse").DisableAntiforgery();

        var partners = app.MapGroup("/api/partners").RequireAuthorization("PartnerPortal").RequireCors("partner-portal").WithTags("Partners");

        partners.MapPut("/{partnerId:int}/webhook", async (int partnerId, WebhookUpdateRequest body, PartnerService service, CancellationToken ct) =>
        {
            if (!Uri.TryCreate(body.Url, UriKind.Absolute, out _))
            {
                return Results.BadRequest(new { error = "Webhook URL must be absolute." });
            }
            return await service.UpdateWebhookAsync(partnerId, body.Url, ct) ? Results.NoContent() : Results.NotFound();
        });

        partners.MapPost("/{partnerId:int}/reports/allocation", async (int partnerId, AllocationReportRequest body, PartnerService service, HttpContext http, CancellationToken ct) =>
            await service.RequestAllocationReportAsync(partnerId, body, http.User.Identity?.Name ?? "partner", ct)
                ? Results.Accepted()
                : Results.BadRequest());

        return app;
    }
}
