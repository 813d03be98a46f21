using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Domain;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class WebhookDispatcher
{
    public const string ClientName = "partner-webhooks";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly PortAuthorityOptions _options;
    private readonly ILogger<WebhookDispatcher> _logger;

    public WebhookDispatcher(IHttpClientFactory httpClientFactory, IOptions<PortAuthorityOptions> options, ILogger<WebhookDispatcher> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<bool> DeliverAsync(WebhookSubscription subscription, string eventType, string payloadJson, CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient(ClientName);
        using var content = new StringContent(payloadJson, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Quayside-Event", eventType);
        content.Headers.Add("X-Quayside-Signature", Sign(subscription.SigningSecret, payloadJson));

        using var response = await client.PostAsync(subscription.CallbackUrl, content, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Webhook {Id} for {Partner} returned {Status}", subscription.Id, subscription.PartnerCode, (int)response.StatusCode);
            return false;
        }

        return true;
    }

    public async Task<bool> SendTestAsync(string callbackUrl, CancellationToken ct)
    {
        if (!UrlSafety.TryGetPartnerUri(callbackUrl, _options.PartnerWebhookHosts, out var partnerUri))
        {
            return false;
        }

        var client = _httpClientFactory.CreateClient(ClientName);
        using var response = await client.PostAsJsonAsync(partnerUri, new { type = "ping", sentAt = DateTimeOffset.UtcNow }, ct); // SAFE ssrf
        return response.IsSuccessStatusCode;
    }

    private static string Sign(string secret, string payload)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return "sha256=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
    }
}
