using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Services;
using MassTransit;

namespace Kilnworks.Consumers;

public sealed class FiringScheduledConsumer : IConsumer<FiringScheduled>
{
    private readonly KilnProgrammer _programmer;
    private readonly FiringRepository _firings;
    private readonly ILogger<FiringScheduledConsumer> _logger;

    public FiringScheduledConsumer(KilnProgrammer programmer, FiringRepository firings, ILogger<FiringScheduledConsumer> logger)
    {
        _programmer = programmer;
        _firings = firings;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<FiringScheduled> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        _logger.LogInformation("Programming kiln {Kiln} for firing {Firing} ({Profile}, cone {Cone})",
            message.KilnId, message.FiringId, message.ScheduleProfile, message.TargetCone);

        var loaded = await _programmer.LoadProfileAsync(message.KilnId, message.ScheduleProfile, ct);
        if (!loaded)
        {
            _logger.LogWarning("Profile load failed for firing {Firing}; leaving it scheduled for manual setup", message.FiringId);
            return;
        }

        if (await _programmer.ArmAsync(message.KilnId, message.TargetCone, message.ScheduledFor, ct))
        {
            await _firings.UpdateStatusAsync(message.FiringId, FiringStatus.Loading, null, ct);
        }
    }
}
