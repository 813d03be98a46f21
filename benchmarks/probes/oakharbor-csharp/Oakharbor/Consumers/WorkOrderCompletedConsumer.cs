using MassTransit;
using Oakharbor.Data;
using Oakharbor.Messaging;
using Oakharbor.Services;

namespace Oakharbor.Consumers;

public sealed class WorkOrderCompletedConsumer : IConsumer<WorkOrderCompleted>
{
    private readonly IPartnerRepository _partners;
    private readonly PartnerWebhookNotifier _notifier;
    private readonly ILogger<WorkOrderCompletedConsumer> _logger;

    public WorkOrderCompletedConsumer(IPartnerRepository partners, PartnerWebhookNotifier notifier, ILogger<WorkOrderCompletedConsumer> logger)
    {
        _partners = partners;
        _notifier = notifier;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<WorkOrderCompleted> context)
    {
        var completed = context.Message;
        if (completed.PartnerId is not int partnerId)
        {
            return;
        }

        var hook = await _partners.GetWebhookAsync(partnerId, context.CancellationToken);
        if (hook is null)
        {
            _logger.LogDebug("Partner {PartnerId} has no webhook registered", partnerId);
            return;
        }

        var payload = new WorkOrderCompletedPayload(completed.WorkOrderId, completed.VesselId, completed.VesselName, completed.LabourHours, completed.CompletedAt);
        var delivered = await _notifier.NotifyWorkOrderCompletedAsync(hook, payload, context.CancellationToken);
        _logger.LogInformation("Work order {WorkOrderId} webhook to partner {PartnerId} delivered={Delivered}", completed.WorkOrderId, partnerId, delivered);
    }
}
