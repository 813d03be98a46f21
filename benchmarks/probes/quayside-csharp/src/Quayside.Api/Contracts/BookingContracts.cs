using Quayside.Api.Domain;

namespace Quayside.Api.Contracts;

public sealed class CreateBookingRequest
{
    public Guid SailingId { get; set; }
    public string LeadPassengerName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public FareClass FareClass { get; set; }
    public int Passengers { get; set; } = 1;
    public string? VehicleRegistration { get; set; }
    public string? AgentCode { get; set; }
    public string? AgentUrl { get; set; }
    public string? ContinueUrl { get; set; }
    public string? PromoCode { get; set; }
}

public sealed class CreateBookingResponse
{
    public string Reference { get; set; } = string.Empty;
    public decimal TotalFare { get; set; }
    public string Currency { get; set; } = "GBP";
    public string Status { get; set; } = string.Empty;
    public string ManageUrl { get; set; } = string.Empty;
}

public sealed class SearchBookingsRequest
{
    public string? RouteCode { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Sort { get; set; }
    public bool Descending { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class BookingSummary
{
    public string Reference { get; set; } = string.Empty;
    public string LeadPassengerName { get; set; } = string.Empty;
    public string RouteCode { get; set; } = string.Empty;
    public DateTimeOffset DepartsAt { get; set; }
    public string FareClass { get; set; } = string.Empty;
    public decimal TotalFare { get; set; }
    public string Status { get; set; } = string.Empty;
    public string? AgentUrl { get; set; }
}

public sealed class SearchBookingsResponse
{
    public IReadOnlyList<BookingSummary> Items { get; set; } = Array.Empty<BookingSummary>();
    public int Page { get; set; }
    public int PageSize { get; set; }
}

public sealed class BoardingPassRequest
{
    public string Reference { get; set; } = string.Empty;
    public string Surname { get; set; } = string.Empty;
    public string? Layout { get; set; }
}

public sealed class TicketPrintMessage
{
    public Guid BookingId { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string PassengerName { get; set; } = string.Empty;
    public string RouteCode { get; set; } = string.Empty;
    public DateTimeOffset DepartsAt { get; set; }
    public string Barcode { get; set; } = string.Empty;
    public string Printer { get; set; } = "terminal-a";
}
