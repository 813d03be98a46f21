using System.Net.Http.Json;
using Meterline.Models;

namespace Meterline.Services;

public sealed class WebhookDispatcher(IHttpClientFactory clients, ILogger<WebhookDispatcher> logger)
{
    public async Task<int> SendTestAsync(WebhookTestRequest request)
    {
        var client = clients.CreateClient("webhooks");
        var payload = new { type = "meterline.test", partnerId = request.PartnerId, sentAt = DateTimeOffset.UtcNow };
        using var response = await client.PostAsJsonAsync(request.CallbackUrl, payload); // VULN ssrf
        logger.LogInformation("Test webhook for {Partner} returned {Status}", request.PartnerId, response.StatusCode);
        return (int)response.StatusCode;
    }

    public async Task<bool> DeliverAsync(Uri endpoint, object payload, CancellationToken ct)
    {
        var client = clients.CreateClient("webhooks");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            try
            {
                using var response = await client.PostAsJsonAsync(endpoint, payload, ct);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "Webhook attempt {Attempt} failed", attempt);
            }
            var backoff = TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt) + Random.Shared.Next(0, 250)); // SAFE random
            await Task.Delay(backoff, ct);
        }
        return false;
    }
}
