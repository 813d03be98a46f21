

namespace Fellside.Dtos;

public sealed record CreateBookingRequest(
    string HutSlug,
    string GuestName,
    string GuestEmail,
    DateOnly Arrival,
    int Nights,
    int PartySize,
    string? Notes,
    string? ReturnTo);

public sealed record BookingSummary(
    string Reference,
    string HutName,
    string GuestName,
    DateOnly Arrival,
    int Nights,
    int PartySize,
    decimal Total,
    string Status);

public sealed record CancelBookingRequest(string Reference, string Email, string? ReturnTo);

public sealed record HutProfileUpdate(
    string Description,
    string? Website,
    string? WeatherStationUrl,
    string Region,
    int Beds,
    decimal NightlyRate);

public sealed record HutListItem(int Id, string Slug, string Name, string Region, int Beds, decimal NightlyRate);

public sealed record ConfirmationTemplateUpdate(string Template);

public sealed record PricingRuleUpdate(string Rule);

public sealed record PriceQuote(string HutSlug, int Nights, int PartySize, decimal Total);

public sealed record OpenCalloutRequest(
    string TeamCode,
    string Location,
    string GridReference,
    int Casualties,
    string Severity,
    string ReportedBy,
    string? Notes,
    string? CallbackUrl);

public sealed record CalloutListItem(
    int Id,
    string IncidentRef,
    string TeamCode,
    string Location,
    string Severity,
    string Status,
    DateTime OpenedUtc);

public sealed record CalloutLogRequest(string Author, string Text);

public sealed record CalloutListQuery(string TeamCode, string? Status, string? SortBy, bool Descending);

public sealed record ReportRequest(int CalloutId, string Title, string? Subtitle);

public sealed record StandDownRequest(string Reason, string? ReturnTo);

public sealed record FieldPositionReport(string Callsign, double Latitude, double Longitude, string? Message);
