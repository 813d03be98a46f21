using Cantabile.Config;
using Cantabile.Domain;
using Microsoft.Extensions.Options;
using Refit;

namespace Cantabile.Clients;

public sealed record RehearsalRoom(string Id, string Name, int Capacity, bool HasPiano);

public sealed record VenueBookingRequest(string RoomId, DateTime From, DateTime To, string ChoirName, int Singers);

public sealed record VenueBooking(string BookingId, string RoomId, DateTime From, DateTime To, string Status);

public sealed record AccompanistAvailability(string Name, bool Available, IReadOnlyList<DateTime> FreeSlots);

/// <summary>The city's venue management system, used to allocate warm-up rooms.</summary>
public interface IVenueBookingApi
{
    [Get("/rooms")]
    Task<List<RehearsalRoom>> GetRoomsAsync([Query] string day, [Query] int minCapacity);

    [Post("/bookings")]
    Task<VenueBooking> BookAsync([Body] VenueBookingRequest request);

    [Get("/bookings/{bookingId}")]
    Task<VenueBooking> GetBookingAsync(string bookingId);
}

/// <summary>Booking endpoint exposed by a choir's own accompanist agency.</summary>
public interface IAccompanistApi
{
    [Get("/availability")]
    Task<AccompanistAvailability> GetAvailabilityAsync([Query] string festival, [Query] int year);
}

public sealed class AccompanistGateway
{
    private readonly CantabileOptions _options;
    private readonly ILogger<AccompanistGateway> _logger;

    public AccompanistGateway(IOptions<CantabileOptions> options, ILogger<AccompanistGateway> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<AccompanistAvailability?> CheckAsync(Choir choir)
    {
        if (string.IsNullOrWhiteSpace(choir.AccompanistServiceUrl))
        {
            return null;
        }

        try
        {
            return await RestService.For<IAccompanistApi>(choir.AccompanistServiceUrl).GetAvailabilityAsync(_options.FestivalName, _options.FestivalYear); // VULN ssrf
        }
        catch (ApiException ex)
        {
            _logger.LogWarning("Accompanist service for choir {ChoirId} answered {Status}", choir.Id, ex.StatusCode);
            return null;
        }
    }
}

public sealed class RehearsalRoomPlanner
{
    private readonly IVenueBookingApi _venues;

    public RehearsalRoomPlanner(IVenueBookingApi venues)
    {
        _venues = venues;
    }

    public async Task<VenueBooking?> ReserveWarmUpAsync(string choirName, int singers, DateTime slotStart)
    {
        var rooms = await _venues.GetRoomsAsync(slotStart.ToString("yyyy-MM-dd"), singers);
        var room = rooms.Where(r => r.Capacity >= singers).OrderBy(r => r.Capacity).FirstOrDefault();
        if (room is null)
        {
            return null;
        }

        return await _venues.BookAsync(new VenueBookingRequest(room.Id, slotStart.AddMinutes(-40), slotStart.AddMinutes(-10), choirName, singers));
    }
}
