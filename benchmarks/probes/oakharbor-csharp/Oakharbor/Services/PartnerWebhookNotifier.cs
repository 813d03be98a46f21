using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

public sealed record WorkOrderCompletedPayload(int WorkOrderId, int VesselId, string VesselName, decimal LabourHours, DateTimeOffset CompletedAt);

/// <summary>Notifies contractor partners (riggers, engineers, upholsterers) when their jobs are signed off.</summary>
public sealed class PartnerWebhookNotifier
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private readonly IHttpClientFactory _clients;
    private readonly ILogger<PartnerWebhookNotifier> _logger;

    public PartnerWebhookNotifier(IHttpClientFactory clients, ILogger<PartnerWebhookNotifier> logger)
    {
        _clients = clients;
        _logger = logger;
    }

    public async Task<bool> NotifyWorkOrderCompletedAsync(PartnerWebhook hook, WorkOrderCompletedPayload payload, CancellationToken ct = default)
    {
        if (!hook.Enabled)
        {
            return false;
        }

        var body = JsonSerializer.Serialize(payload, PayloadJson);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Oakharbor-Signature", Sign(body, hook.SigningSecret));

        var client = _clients.CreateClient(HttpClientRegistration.PartnerWebhooks);
        using var response = await client.PostAsync(hook.CallbackUrl, content, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Partner {Partner} webhook returned {Status}", hook.PartnerName, (int)response.StatusCode);
            return false;
        }
        return true;
    }

    private static string Sign(string body, string secret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body));
        return "sha256=" + Convert.ToHexString(mac).ToLowerInvariant();
    }
}
