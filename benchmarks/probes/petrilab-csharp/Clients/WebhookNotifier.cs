using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Petrilab.Infrastructure;
using Petrilab.Models;

namespace Petrilab.Clients;

/// <summary>Pushes result notifications into the clinic's practice-management system.</summary>
public class WebhookNotifier(IHttpClientFactory factory, IOptions<WebhookOptions> options, ILogger<WebhookNotifier> logger)
{
    public async Task<bool> NotifyResultReleasedAsync(string? webhookUrl, ResultReleasedMessage message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(webhookUrl))
        {
            return false;
        }

        if (!Uri.TryCreate(webhookUrl, UriKind.Absolute, out var target)
            || target.Scheme != Uri.UriSchemeHttps
            || !options.Value.AllowedHosts.Contains(target.Host, StringComparer.OrdinalIgnoreCase))
        {
            logger.LogWarning("Webhook for clinic {ClinicId} is not an approved vendor endpoint", message.ClinicId);
            return false;
        }

        var client = factory.CreateClient("webhooks");
        var payload = new { type = "result.released", accession = message.Accession, releasedAt = message.ReleasedAt };
        using var response = await client.PostAsJsonAsync(target, payload, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Webhook {Host} answered {Status}", target.Host, (int)response.StatusCode);
        }

        return response.IsSuccessStatusCode;
    }
}
