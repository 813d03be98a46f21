using Fellside.Messages;
using Fellside.Repositories;
using Fellside.Services;

namespace Fellside.Handlers;

public static class BookingConfirmedHandler
{
    public static async Task Handle(
        BookingConfirmed message,
        BookingRepository bookings,
        HutRepository huts,
        ConfirmationRenderer renderer,
        MailSender mail,
        ILogger<BookingConfirmed> logger,
        CancellationToken ct)
    {
        var booking = await bookings.FindAsync(message.BookingId, ct);
        var hut = await huts.GetByIdAsync(message.HutId, ct);
        if (booking is null || hut is null)
        {
            logger.LogWarning("Booking {Ref} vanished before confirmation could be sent", message.Reference);
            return;
        }

        var html = renderer.RenderConfirmation(hut, ConfirmationRenderer.ToModel(booking, hut));
        await mail.SendHtmlAsync(booking.GuestEmail, $"Your booking at {hut.Name} ({booking.Reference})", html, ct);
        await mail.SendHtmlAsync(hut.WardenEmail, $"New booking {booking.Reference}", html, ct);
    }
}

public static class SeasonClosedHandler
{
    public static async Task Handle(SeasonClosed message, BookingService bookings, ILogger<SeasonClosed> logger, CancellationToken ct)
    {
        var archived = await bookings.ArchiveSeasonAsync(message.HutId, ct);
        logger.LogInformation("Season closed for hut {Hut} by {User}; {Count} bookings archived", message.HutId, message.ClosedBy, archived);
    }
}
