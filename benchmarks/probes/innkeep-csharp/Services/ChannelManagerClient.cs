using System.Net.Http.Json;
using System.Text.Json;
using Innkeep.Models;

namespace Innkeep.Services;

public class ChannelManagerClient(IHttpClientFactory httpFactory, ILogger<ChannelManagerClient> logger)
{
    public async Task<AvailabilitySnapshot> PullAvailabilityAsync(FeedSubscription subscription, CancellationToken ct)
    {
        var client = httpFactory.CreateClient("channel-manager");
        if (!string.IsNullOrEmpty(subscription.ApiKeyHeader))
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Channel-Key", subscription.ApiKeyHeader);

        var payload = await client.GetStringAsync(subscription.FeedUrl, ct); // VULN ssrf
        using var doc = JsonDocument.Parse(payload);
        var roomTypes = doc.RootElement.TryGetProperty("roomTypes", out var types) ? types.GetArrayLength() : 0;
        return new AvailabilitySnapshot(subscription.ChannelName, DateTime.UtcNow, roomTypes, payload);
    }

    public async Task<bool> PushRatesAsync(Uri partnerEndpoint, IReadOnlyList<RatePush> rates, CancellationToken ct)
    {
        var client = httpFactory.CreateClient("channel-manager");
        using var response = await client.PostAsJsonAsync(partnerEndpoint, rates, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
            logger.LogWarning("Partner {Host} rejected rate push: {Status}", partnerEndpoint.Host, response.StatusCode);
        return response.IsSuccessStatusCode;
    }
}
