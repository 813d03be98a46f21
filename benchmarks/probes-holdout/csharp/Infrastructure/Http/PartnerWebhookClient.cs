using System.Net.Http.Json;
using Larderline.Contracts;

namespace Larderline.Infrastructure.Http;

/// <summary>
/// Pushes parcel lifecycle events to partner charities' own case-management systems.
/// </summary>
public sealed class PartnerWebhookClient(IHttpClientFactory factory, ILogger<PartnerWebhookClient> logger)
{
    public const string ClientName = "partner-webhooks";

    public async Task<bool> NotifyDispatchAsync(string webhookUrl, ParcelDispatchedEvent evt, CancellationToken ct)
    {
        var client = factory.CreateClient(ClientName);
        using var response = await client.PostAsJsonAsync(webhookUrl, evt, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Partner webhook for parcel {ParcelId} returned {Status}", evt.ParcelId, (int)response.StatusCode);
        }
        return response.IsSuccessStatusCode;
    }

    public async Task<int> SendPingAsync(Uri verifiedEndpoint, int partnerId, CancellationToken ct)
    {
        var client = factory.CreateClient(ClientName);
        var ping = new { type = "larderline.ping", partnerId, sentAt = DateTimeOffset.UtcNow };
        using var response = await client.PostAsJsonAsync(verifiedEndpoint, ping, ct); // SAFE ssrf
        return (int)response.StatusCode;
    }
}
