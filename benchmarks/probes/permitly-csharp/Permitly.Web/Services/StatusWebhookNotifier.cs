using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Permitly.Web.Services;

/// <summary>
/// Notifies a contractor's project-management tool when a permit changes state. Contractors
/// register a callback on the partner relay; runs from Hangfire so retries survive restarts.
/// </summary>
public sealed class StatusWebhookNotifier(HttpClient http, ILogger<StatusWebhookNotifier> logger)
{
    private const string PartnerRelay = "https://relay.permitly-partners.com";

    public async Task NotifyAsync(string callbackUrl, string permitNumber, string status)
    {
        if (!callbackUrl.StartsWith(PartnerRelay, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Skipping callback outside the partner relay: {Url}", callbackUrl);
            return;
        }
        var uri = new Uri(callbackUrl, UriKind.Absolute);

        var payload = JsonSerializer.Serialize(new { permitNumber, status, sentAt = DateTimeOffset.UtcNow });
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("pmt-webhook-2f9c41d7a8e35b60")); // VULN secret
        var signature = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));

        var content = new StringContent(payload, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Permitly-Signature", "sha256=" + signature);
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, uri) { Content = content }); // VULN ssrf
        logger.LogInformation("Callback for {Permit} answered {Status}", permitNumber, (int)response.StatusCode);
        response.EnsureSuccessStatusCode();
    }
}
