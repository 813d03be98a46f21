using System.Security.Cryptography;
using System.Text.Json;
using Carter;
using Hangfire;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Domain;
using Quayside.Api.Jobs;
using Quayside.Api.Security;
using Quayside.Api.Services;

namespace Quayside.Api.Modules;

public sealed class IntegrationsModule : ICarterModule
{
    private static readonly HashSet<string> EventTypes = new(StringComparer.Ordinal)
    {
        "booking.confirmed", "booking.cancelled", "sailing.delayed", "manifest.cleared",
    };

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations").WithTags("Partner integrations").AllowAnonymous();

        group.MapPost("/webhooks", async (HttpRequest request, WebhookRegistration body, TokenService tokens, CargoRepository repository, CancellationToken ct) =>
        {
            var partner = ReadPartner(request, tokens);
            if (partner is null || !partner.Scopes.Contains("webhooks:write"))
            {
                return Results.Unauthorized();
            }

            if (!EventTypes.Contains(body.EventType))
            {
                return Results.BadRequest(new { error = $"Unknown event type '{body.EventType}'." });
            }

            if (!UrlSafety.IsAbsoluteHttps(body.CallbackUrl))
            {
                return Results.BadRequest(new { error = "Callback URL must use https." });
            }

            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var id = await repository.AddSubscriptionAsync(new WebhookSubscription
            {
                PartnerCode = partner.PartnerCode,
                EventType = body.EventType,
                CallbackUrl = body.CallbackUrl,
                SigningSecret = secret,
            }, ct);

            return Results.Created($"/api/integrations/webhooks/{id}", new { id, signingSecret = secret });
        });

        group.MapPost("/webhooks/test", async (HttpRequest request, WebhookRegistration body, TokenService tokens, WebhookDispatcher dispatcher, CancellationToken ct) =>
        {
            if (ReadPartner(request, tokens) is null)
            {
                return Results.Unauthorized();
            }

            var delivered = await dispatcher.SendTestAsync(body.CallbackUrl, ct);
            return delivered ? Results.Ok(new { delivered }) : Results.UnprocessableEntity(new { delivered, error = "Host is not on the partner allow-list or did not respond." });
        });

        app.MapPost("/api/integrations/events/{eventType}", async (string eventType, JsonElement payload, CargoRepository repository, IBackgroundJobClient jobs, CancellationToken ct) =>
        {
            if (!EventTypes.Contains(eventType))
            {
                return Results.NotFound();
            }

            var subscriptions = await repository.ActiveSubscriptionsAsync(eventType, ct);
            foreach (var subscription in subscriptions)
            {
                jobs.Enqueue<WebhookDeliveryJob>(j => j.DeliverAsync(subscription.Id, eventType, payload.GetRawText(), CancellationToken.None));
            }

            return Results.Accepted(value: new { queued = subscriptions.Count });
        }).RequireAuthorization("Admin").WithTags("Partner integrations");
    }

    private static PartnerIdentity? ReadPartner(HttpRequest request, TokenService tokens)
    {
        var header = request.Headers["X-Partner-Assertion"].ToString();
        return string.IsNullOrEmpty(header) ? null : tokens.ReadPartnerAssertion(header);
    }
}
