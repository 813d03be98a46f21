using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Palletwise.Models;

namespace Palletwise.Services;

public class WebhookNotifier
{
    private readonly ConcurrentDictionary<Guid, WebhookSubscription> _subscriptions = new();
    private readonly ILogger<WebhookNotifier> _logger;

    public WebhookNotifier(ILogger<WebhookNotifier> logger)
    {
        _logger = logger;
    }

    public static bool IsAcceptableCallback(string url)
    {
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
    }

    public WebhookSubscription Register(WebhookSubscription subscription)
    {
        _subscriptions[subscription.Id] = subscription;
        return subscription;
    }

    public async Task<string> SendTestEventAsync(WebhookSubscription subscription)
    {
        var payload = JsonSerializer.Serialize(new { @event = "palletwise.test", subscription = subscription.Name, sentAt = DateTime.UtcNow });
#pragma warning disable SYSLIB0014
        using var client = new WebClient();
#pragma warning restore SYSLIB0014
        client.Headers[HttpRequestHeader.ContentType] = "application/json";
        var reply = await client.UploadStringTaskAsync(subscription.CallbackUrl, "POST", payload); // VULN ssrf
        _logger.LogInformation("Webhook {Name} answered test event", subscription.Name);
        return reply;
    }
}
