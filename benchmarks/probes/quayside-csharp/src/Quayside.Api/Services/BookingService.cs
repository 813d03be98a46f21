using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Domain;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class BookingException : Exception
{
    public BookingException(string message, int statusCode = 400) : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}

public sealed class BookingService
{
    private readonly BookingRepository _bookings;
    private readonly FareCalculator _fares;
    private readonly TicketQueuePublisher _tickets;
    private readonly BarcodeSigner _barcodes;
    private readonly QuaysideOptions _options;
    private readonly ILogger<BookingService> _logger;

    public BookingService(
        BookingRepository bookings,
        FareCalculator fares,
        TicketQueuePublisher tickets,
        BarcodeSigner barcodes,
        IOptions<QuaysideOptions> options,
        ILogger<BookingService> logger)
    {
        _bookings = bookings;
        _fares = fares;
        _tickets = tickets;
        _barcodes = barcodes;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<CreateBookingResponse> CreateAsync(CreateBookingRequest request, CancellationToken ct)
    {
        var sailing = await _bookings.GetSailingAsync(request.SailingId, ct)
            ?? throw new BookingException("Sailing not found.", 404);

        if (sailing.DepartsAt <= DateTimeOffset.UtcNow.AddMinutes(30))
        {
            throw new BookingException("Online booking for this sailing has closed.");
        }

        var booked = await _bookings.CountPassengersAsync(sailing.Id, ct);
        if (booked + request.Passengers > sailing.PassengerCapacity)
        {
            throw new BookingException("Not enough passenger capacity remaining.", 409);
        }

        var quote = await _fares.QuoteAsync(sailing, request.FareClass, request.Passengers, request.PromoCode, ct);

        var booking = new Booking
        {
            Id = Guid.NewGuid(),
            Reference = CodeGenerator.NewBookingReference(),
            SailingId = sailing.Id,
            LeadPassengerName = request.LeadPassengerName.Trim(),
            Email = request.Email.Trim(),
            FareClass = request.FareClass,
            Passengers = request.Passengers,
            VehicleRegistration = request.VehicleRegistration?.ToUpperInvariant().Replace(" ", string.Empty),
            TotalFare = quote,
            Currency = "GBP",
            Status = BookingStatus.Confirmed,
            AgentCode = request.AgentCode,
            AgentUrl = request.AgentUrl,
            ContinueUrl = request.ContinueUrl,
            CreatedAt = DateTimeOffset.UtcNow,
        };

        await _bookings.InsertAsync(booking, ct);

        await _tickets.EnqueueAsync(new TicketPrintMessage
        {
            BookingId = booking.Id,
            Reference = booking.Reference,
            PassengerName = booking.LeadPassengerName,
            RouteCode = sailing.RouteCode,
            DepartsAt = sailing.DepartsAt,
            Barcode = _barcodes.Sign(booking.Reference, sailing.Id, booking.Passengers),
            Printer = sailing.DeparturePort.ToLowerInvariant() + "-kiosk",
        }, ct);

        _logger.LogInformation("Booking {Reference} created for sailing {Sailing}", booking.Reference, sailing.Id);

        return new CreateBookingResponse
        {
            Reference = booking.Reference,
            TotalFare = booking.TotalFare,
            Currency = booking.Currency,
            Status = booking.Status.ToString(),
            ManageUrl = $"{_options.PublicBaseUrl}/manage/{booking.Reference}",
        };
    }

    public Task<IReadOnlyList<BookingSummary>> SearchAsync(SearchBookingsRequest request, CancellationToken ct)
    {
        if (request.RouteCode is not null && !InputRules.IsRouteCode(request.RouteCode))
        {
            throw new BookingException("Route code must look like 'POR-CHB'.");
        }

        var criteria = new BookingSearchCriteria(
            request.RouteCode,
            request.From,
            request.To,
            request.Sort,
            request.Descending,
            request.Page,
            request.PageSize);

        return _bookings.SearchAsync(criteria, ct);
    }

    public async Task<(Booking Booking, Sailing Sailing)?> FindForPassengerAsync(string reference, string surname, CancellationToken ct)
    {
        if (!InputRules.IsBookingReference(reference))
        {
            return null;
        }

        var booking = await _bookings.FindByReferenceAsync(reference, ct);
        if (booking is null || booking.Status is BookingStatus.Cancelled or BookingStatus.Refunded)
        {
            return null;
        }

        var lastName = booking.LeadPassengerName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        if (!string.Equals(lastName, surname.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var sailing = await _bookings.GetSailingAsync(booking.SailingId, ct);
        return sailing is null ? null : (booking, sailing);
    }

    public async Task<string?> ContinueUrlAsync(string reference, CancellationToken ct)
    {
        var booking = await _bookings.FindByReferenceAsync(reference, ct);
        return booking?.ContinueUrl;
    }

    public Task<IReadOnlyList<BookingSummary>> RecentAsync(string? text, CancellationToken ct) =>
        _bookings.RecentForBackOfficeAsync(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), 100, ct);
}

public sealed class TicketQueuePublisher
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly QueueClient _queue;

    public TicketQueuePublisher(IConfiguration configuration, IOptions<QuaysideOptions> options)
    {
        _queue = new QueueClient(
            configuration.GetConnectionString("TicketQueue"),
            options.Value.TicketQueueName,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    public async Task EnqueueAsync(TicketPrintMessage message, CancellationToken ct)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: ct);
        var body = JsonSerializer.Serialize(message, JsonOptions);
        await _queue.SendMessageAsync(body, cancellationToken: ct);
    }
}
