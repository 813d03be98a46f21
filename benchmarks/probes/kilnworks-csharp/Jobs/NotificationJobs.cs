using Kilnworks.Data;
using Kilnworks.Services;

namespace Kilnworks.Jobs;

public sealed class ReminderJob
{
    private readonly BookingService _bookings;
    private readonly IEmailSender _email;

    public ReminderJob(BookingService bookings, IEmailSender email)
    {
        _bookings = bookings;
        _email = email;
    }

    public async Task SendAsync(long bookingId, string confirmationCode, CancellationToken ct)
    {
        var booking = await _bookings.FindByCodeAsync(confirmationCode, ct);
        if (booking is null || booking.Id != bookingId || booking.Status == "cancelled")
        {
            return;
        }
        var body = await _bookings.RenderReminderAsync(booking, ct);
        if (body is not null)
        {
            await _email.SendAsync(booking.AttendeeEmail, "Your Kilnworks class is tomorrow", body, ct);
        }
    }
}

public sealed class WebhookDispatchJob
{
    private readonly MemberRepository _members;
    private readonly FiringRepository _firings;
    private readonly WebhookClient _webhooks;

    public WebhookDispatchJob(MemberRepository members, FiringRepository firings, WebhookClient webhooks)
    {
        _members = members;
        _firings = firings;
        _webhooks = webhooks;
    }

    public async Task NotifyFiringUnloadedAsync(long firingId, CancellationToken ct)
    {
        var firing = await _firings.GetByIdAsync(firingId, ct);
        if (firing is null)
        {
            return;
        }

        var envelope = new WebhookEnvelope("firing.unloaded", DateTime.UtcNow, new
        {
            firing.Id,
            firing.KilnName,
            Cone = firing.TargetCone,
            firing.PeakTemperatureC,
            firing.CompletedAt
        });

        foreach (var member in await _members.WithWebhooksAsync(ct))
        {
            await _webhooks.DeliverAsync(member, envelope, ct);
        }
    }
}
