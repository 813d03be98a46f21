using Hangfire;
using Quayside.Api.Data;
using Quayside.Api.Services;

namespace Quayside.Api.Jobs;

public sealed class WebhookDeliveryJob
{
    private readonly CargoRepository _repository;
    private readonly WebhookDispatcher _dispatcher;
    private readonly ILogger<WebhookDeliveryJob> _logger;

    public WebhookDeliveryJob(CargoRepository repository, WebhookDispatcher dispatcher, ILogger<WebhookDeliveryJob> logger)
    {
        _repository = repository;
        _dispatcher = dispatcher;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 6, DelaysInSeconds = new[] { 30, 120, 600, 1800, 3600, 7200 })]
    [Queue("webhooks")]
    public async Task DeliverAsync(int subscriptionId, string eventType, string payloadJson, CancellationToken ct)
    {
        var subscription = await _repository.GetSubscriptionAsync(subscriptionId, ct);
        if (subscription is null || !subscription.Active)
        {
            _logger.LogInformation("Subscription {Id} no longer active; dropping {Event}", subscriptionId, eventType);
            return;
        }

        if (!await _dispatcher.DeliverAsync(subscription, eventType, payloadJson, ct))
        {
            throw new InvalidOperationException($"Delivery of {eventType} to subscription {subscriptionId} failed; will retry.");
        }
    }
}
