

namespace Fellside.Domain;

public class Hut
{
    public int Id { get; set; }
    public string Slug { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Region { get; set; } = string.Empty;
    public int Beds { get; set; }
    public decimal NightlyRate { get; set; }
    public string Description { get; set; } = string.Empty;
    public string? Website { get; set; }
    public string? WeatherStationUrl { get; set; }
    public string? ConfirmationTemplate { get; set; }
    public string? PricingRule { get; set; }
    public string WardenEmail { get; set; } = string.Empty;
    public bool OpenForSeason { get; set; } = true;
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public class Booking
{
    public Guid Id { get; set; }
    public int HutId { get; set; }
    public Hut? Hut { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string CheckInCode { get; set; } = string.Empty;
    public string GuestName { get; set; } = string.Empty;
    public string GuestEmail { get; set; } = string.Empty;
    public DateOnly Arrival { get; set; }
    public int Nights { get; set; }
    public int PartySize { get; set; }
    public decimal Total { get; set; }
    public string Status { get; set; } = BookingStatus.Pending;
    public string? Notes { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

public static class BookingStatus
{
    public const string Pending = "Pending";
    public const string Confirmed = "Confirmed";
    public const string Cancelled = "Cancelled";
    public const string Archived = "Archived";
}

public class Callout
{
    public int Id { get; set; }
    public string IncidentRef { get; set; } = string.Empty;
    public string TeamCode { get; set; } = string.Empty;
    public string Location { get; set; } = string.Empty;
    public string GridReference { get; set; } = string.Empty;
    public int Casualties { get; set; }
    public string Severity { get; set; } = "Amber";
    public string Status { get; set; } = CalloutStatus.Open;
    public string ReportedBy { get; set; } = string.Empty;
    public string? Notes { get; set; }
    public string? CallbackUrl { get; set; }
    public DateTime OpenedUtc { get; set; } = DateTime.UtcNow;
    public DateTime? ClosedUtc { get; set; }
    public List<CalloutLogEntry> Log { get; set; } = new();
}

public class CalloutLogEntry
{
    public long Id { get; set; }
    public int CalloutId { get; set; }
    public string Author { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; } = DateTime.UtcNow;
}

public static class CalloutStatus
{
    public const string Open = "Open";
    public const string Dispatched = "Dispatched";
    public const string StoodDown = "StoodDown";
    public const string Closed = "Closed";
}

public class TeamMember
{
    public int Id { get; set; }
    public string Callsign { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    public string Role { get; set; } = "member";
    public string PasswordHash { get; set; } = string.Empty;
    public string? PinHash { get; set; }
    public string? ResetToken { get; set; }
    public DateTime? ResetTokenExpiresUtc { get; set; }
}
