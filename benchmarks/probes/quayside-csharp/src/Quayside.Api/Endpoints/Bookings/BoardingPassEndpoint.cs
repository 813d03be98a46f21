using FastEndpoints;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Bookings;

public sealed class BoardingPassEndpoint : Endpoint<BoardingPassRequest>
{
    private readonly BookingService _bookings;
    private readonly NotificationTemplateRenderer _renderer;

    public BoardingPassEndpoint(BookingService bookings, NotificationTemplateRenderer renderer)
    {
        _bookings = bookings;
        _renderer = renderer;
    }

    public override void Configure()
    {
        Get("/api/bookings/{Reference}/boarding-pass");
        AllowAnonymous();
        Throttle(hitLimit: 30, durationSeconds: 60);
    }

    public override async Task HandleAsync(BoardingPassRequest req, CancellationToken ct)
    {
        var match = await _bookings.FindForPassengerAsync(req.Reference.ToUpperInvariant(), req.Surname, ct);
        if (match is null)
        {
            await SendNotFoundAsync(ct);
            return;
        }

        var (booking, sailing) = match.Value;
        var html = await _renderer.RenderBoardingPassAsync(new BoardingPassModel
        {
            Reference = booking.Reference,
            PassengerName = booking.LeadPassengerName,
            RouteCode = sailing.RouteCode,
            Vessel = sailing.VesselName,
            DeparturePort = sailing.DeparturePort,
            ArrivalPort = sailing.ArrivalPort,
            DepartsAt = sailing.DepartsAt,
            FareClass = booking.FareClass.ToString(),
            Passengers = booking.Passengers,
            VehicleRegistration = booking.VehicleRegistration,
            Barcode = booking.Reference,
        });

        HttpContext.Response.Headers.CacheControl = "no-store";
        await SendStringAsync(html, 200, "text/html; charset=utf-8", ct);
    }
}
