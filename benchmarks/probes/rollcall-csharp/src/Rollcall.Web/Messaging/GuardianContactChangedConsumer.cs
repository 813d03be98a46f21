using System.Net.Http.Json;
using MassTransit;

namespace Rollcall.Web.Messaging;

/// <summary>
/// Guardians can have absence alerts pushed to their own endpoint (home automation, family apps).
/// When the endpoint changes we send a verification ping.
/// </summary>
public sealed class GuardianContactChangedConsumer : IConsumer<GuardianContactChanged>
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<GuardianContactChangedConsumer> _logger;

    public GuardianContactChangedConsumer(IHttpClientFactory httpClientFactory, ILogger<GuardianContactChangedConsumer> logger)
    {
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<GuardianContactChanged> context)
    {
        var message = context.Message;
        if (string.IsNullOrWhiteSpace(message.CallbackUrl))
        {
            return;
        }

        var client = _httpClientFactory.CreateClient("webhooks");
        var payload = new
        {
            type = "rollcall.subscription.verify",
            guardianId = message.GuardianId,
            sentAt = DateTimeOffset.UtcNow,
        };

        using var response = await client.PostAsJsonAsync(message.CallbackUrl, payload, context.CancellationToken); // VULN ssrf
        var body = await response.Content.ReadAsStringAsync(context.CancellationToken);
        _logger.LogInformation(
            "Callback verification for guardian {GuardianId} returned {Status}: {Body}",
            message.GuardianId,
            (int)response.StatusCode,
            body.Length > 500 ? body[..500] : body);
    }
}
