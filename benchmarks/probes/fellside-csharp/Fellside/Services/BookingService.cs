using Fellside.Domain;
using Fellside.Dtos;
using Fellside.Grains;
using Fellside.Messages;
using Fellside.Repositories;
using Orleans;
using Wolverine;

namespace Fellside.Services;

public class BookingUnavailableException : Exception
{
    public BookingUnavailableException(string message) : base(message) { }
}

public class BookingService
{
    private readonly BookingRepository _bookings;
    private readonly HutRepository _huts;
    private readonly PricingEngine _pricing;
    private readonly CodeGenerator _codes;
    private readonly ConfirmationRenderer _renderer;
    private readonly IGrainFactory _grains;
    private readonly IMessageBus _bus;

    public BookingService(
        BookingRepository bookings,
        HutRepository huts,
        PricingEngine pricing,
        CodeGenerator codes,
        ConfirmationRenderer renderer,
        IGrainFactory grains,
        IMessageBus bus)
    {
        _bookings = bookings;
        _huts = huts;
        _pricing = pricing;
        _codes = codes;
        _renderer = renderer;
        _grains = grains;
        _bus = bus;
    }

    public async Task<IReadOnlyList<BookingSummary>> SearchGuestsAsync(int hutId, string guestName, CancellationToken ct)
    {
        var hut = await _huts.GetByIdAsync(hutId, ct);
        var rows = await _bookings.SearchByGuestAsync(guestName.Trim(), hutId, ct);
        return rows.Select(b => ToSummary(b, hut?.Name ?? string.Empty)).ToList();
    }

    public async Task<PriceQuote> QuoteAsync(string hutSlug, DateOnly arrival, int nights, int party, CancellationToken ct)
    {
        var hut = await _huts.GetBySlugAsync(hutSlug, ct) ?? throw new KeyNotFoundException(hutSlug);
        var total = await _pricing.QuoteAsync(hut, arrival, nights, party, ct);
        return new PriceQuote(hut.Slug, nights, party, total);
    }

    public async Task<Booking> CreateAsync(CreateBookingRequest request, CancellationToken ct)
    {
        var hut = await _huts.GetBySlugAsync(request.HutSlug, ct);
        if (hut is null || !hut.OpenForSeason)
        {
            throw new BookingUnavailableException("That hut is not taking bookings.");
        }

        if (request.Nights is < 1 or > 7 || request.PartySize is < 1 or > 12)
        {
            throw new BookingUnavailableException("Bookings are limited to 7 nights and 12 people.");
        }

        var reference = _codes.NewBookingReference(hut.Slug);
        var reserved = await _grains.GetGrain<IHutGrain>(hut.Slug).ReserveBeds(new BedRequest
        {
            Reference = reference,
            Arrival = request.Arrival,
            Nights = request.Nights,
            PartySize = request.PartySize
        });

        if (!reserved)
        {
            throw new BookingUnavailableException("Not enough beds for those dates.");
        }

        var booking = new Booking
        {
            Id = Guid.NewGuid(),
            HutId = hut.Id,
            Reference = reference,
            CheckInCode = _codes.NewCheckInCode(),
            GuestName = request.GuestName.Trim(),
            GuestEmail = request.GuestEmail.Trim(),
            Arrival = request.Arrival,
            Nights = request.Nights,
            PartySize = request.PartySize,
            Notes = request.Notes,
            Total = await _pricing.QuoteAsync(hut, request.Arrival, request.Nights, request.PartySize, ct),
            Status = BookingStatus.Confirmed
        };

        await _bookings.AddAsync(booking, ct);
        await _bus.PublishAsync(new BookingConfirmed(booking.Id, booking.Reference, hut.Id));
        return booking;
    }

    public async Task<string?> ConfirmationPageAsync(string reference, string email, CancellationToken ct)
    {
        var booking = await _bookings.GetByReferenceAsync(reference, email, ct);
        if (booking?.Hut is null)
        {
            return null;
        }

        var hut = await _huts.GetByIdAsync(booking.HutId, ct) ?? booking.Hut;
        return _renderer.RenderConfirmation(hut, ConfirmationRenderer.ToModel(booking, hut));
    }

    public async Task<bool> CancelAsync(CancelBookingRequest request, CancellationToken ct)
    {
        var booking = await _bookings.GetByReferenceAsync(request.Reference, request.Email, ct);
        if (booking?.Hut is null)
        {
            return false;
        }

        await _grains.GetGrain<IHutGrain>(booking.Hut.Slug).ReleaseBeds(booking.Reference);
        return await _bookings.CancelAsync(request.Reference, request.Email, ct) > 0;
    }

    public async Task<int> ArchiveSeasonAsync(int hutId, CancellationToken ct)
    {
        var hut = await _huts.GetByIdAsync(hutId, ct) ?? throw new KeyNotFoundException($"Hut {hutId}");
        await _huts.CloseSeasonAsync(hut.Id, ct);
        return await _bookings.ArchiveForRegionAsync(hut.Region, DateTime.UtcNow.Year, ct);
    }

    private static BookingSummary ToSummary(Booking b, string hutName) =>
        new(b.Reference, hutName, b.GuestName, b.Arrival, b.Nights, b.PartySize, b.Total, b.Status);
}
