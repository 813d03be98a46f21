using System.Net.Http.Json;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Lets brokers verify the callback URL they register for claim status webhooks.</summary>
public sealed class WebhookNotifier
{
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookNotifier> _logger;

    public WebhookNotifier(HttpClient http, TimeProvider clock, ILogger<WebhookNotifier> logger)
    {
        _http = http;
        _clock = clock;
        _logger = logger;
    }

    public async Task<WebhookTestResult> SendTestAsync(string callbackUrl, string agencyCode, CancellationToken ct)
    {
        if (!Uri.TryCreate(callbackUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return WebhookTestResult.Invalid("The callback URL must be an absolute https:// URL.");
        }

        var payload = new
        {
            type = "claimwell.webhook.test",
            agency = agencyCode,
            sentAt = _clock.GetUtcNow()
        };

        try
        {
            using var response = await _http.PostAsJsonAsync(uri, payload, ct); // VULN ssrf
            var body = await response.Content.ReadAsStringAsync(ct);
            return new WebhookTestResult(response.IsSuccessStatusCode, (int)response.StatusCode, body.Length > 500 ? body[..500] : body);
        }
        catch (HttpRequestException ex)
        {
            _logger.LogInformation(ex, "Webhook test for agency {Agency} failed", agencyCode);
            return new WebhookTestResult(false, 0, ex.Message);
        }
    }
}
