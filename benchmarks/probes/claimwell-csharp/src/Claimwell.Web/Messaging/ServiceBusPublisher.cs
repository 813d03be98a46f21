using Azure.Messaging.ServiceBus;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Messaging;

public sealed class ServiceBusPublisher : IAsyncDisposable
{
    private readonly ServiceBusSender _sender;
    private readonly ILogger<ServiceBusPublisher> _logger;

    public ServiceBusPublisher(ServiceBusClient client, IOptions<MessagingOptions> options, ILogger<ServiceBusPublisher> logger)
    {
        _sender = client.CreateSender(options.Value.ClaimEventsQueue);
        _logger = logger;
    }

    public Task PublishAsync<T>(string subject, T message, CancellationToken ct) =>
        PublishRawAsync(subject, MessageSerializer.Serialize(message), ct);

    public async Task PublishRawAsync(string subject, string body, CancellationToken ct, string? correlationId = null)
    {
        var message = new ServiceBusMessage(BinaryData.FromString(body))
        {
            Subject = subject,
            ContentType = "application/json",
            MessageId = Guid.NewGuid().ToString("N"),
            CorrelationId = correlationId
        };

        await _sender.SendMessageAsync(message, ct);
        _logger.LogDebug("Published {Subject} message {MessageId}", subject, message.MessageId);
    }

    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
