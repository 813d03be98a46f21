using Cantabile.Security;
using Flurl.Http;

namespace Cantabile.Clients;

public sealed record WebhookEnvelope(string Event, DateTime OccurredAt, object Data);

/// <summary>Posts festival events to the callback URL a choir registered (used by choir management apps).</summary>
public sealed class ChoirWebhookClient
{
    private readonly ILogger<ChoirWebhookClient> _logger;

    public ChoirWebhookClient(ILogger<ChoirWebhookClient> logger)
    {
        _logger = logger;
    }

    public async Task<bool> NotifyAsync(string? callbackUrl, string eventName, object data, CancellationToken ct = default)
    {
        if (!OutboundUrlPolicy.IsWellFormedCallback(callbackUrl))
        {
            return false;
        }

        try
        {
            var envelope = new WebhookEnvelope(eventName, DateTime.UtcNow, data);
            var response = await callbackUrl!.WithTimeout(10).WithHeader("X-Cantabile-Event", eventName).PostJsonAsync(envelope, cancellationToken: ct); // VULN ssrf
            return response.StatusCode is >= 200 and < 300;
        }
        catch (FlurlHttpException ex)
        {
            _logger.LogWarning("Webhook {Event} failed: {Message}", eventName, ex.Message);
            return false;
        }
    }
}
