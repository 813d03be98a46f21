using ServiceStack.DataAnnotations;

namespace Quayside.Api.Domain;

public enum BookingStatus
{
    Held,
    Confirmed,
    CheckedIn,
    Boarded,
    Cancelled,
    Refunded
}

public enum FareClass
{
    Foot,
    Car,
    Motorcycle,
    Van,
    Freight
}

public sealed class Sailing
{
    public Guid Id { get; set; }
    public string RouteCode { get; set; } = string.Empty;
    public string VesselName { get; set; } = string.Empty;
    public string DeparturePort { get; set; } = string.Empty;
    public string ArrivalPort { get; set; } = string.Empty;
    public DateTimeOffset DepartsAt { get; set; }
    public DateTimeOffset ArrivesAt { get; set; }
    public int PassengerCapacity { get; set; }
    public int LaneMetresCapacity { get; set; }
}

public sealed class Booking
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = string.Empty;
    public Guid SailingId { get; set; }
    public string LeadPassengerName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public FareClass FareClass { get; set; }
    public int Passengers { get; set; }
    public string? VehicleRegistration { get; set; }
    public decimal TotalFare { get; set; }
    public string Currency { get; set; } = "GBP";
    public BookingStatus Status { get; set; } = BookingStatus.Held;
    public string? AgentCode { get; set; }
    public string? AgentUrl { get; set; }
    public string? ContinueUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class FareRule
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string RouteCode { get; set; } = string.Empty;
    public string Expression { get; set; } = string.Empty;
    public bool Active { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;
}

public enum CrewRank
{
    Master,
    ChiefOfficer,
    SecondOfficer,
    ChiefEngineer,
    SecondEngineer,
    Bosun,
    AbleSeaman,
    Steward,
    Purser
}

public sealed class CrewMember
{
    public int Id { get; set; }
    public string StaffNumber { get; set; } = string.Empty;
    public string FullName { get; set; } = string.Empty;
    public CrewRank Rank { get; set; }
    public string HomePort { get; set; } = string.Empty;
    public string CertificateGrade { get; set; } = string.Empty;
    public DateOnly CertificateExpires { get; set; }
    public string? KioskPinHash { get; set; }
    public string? Email { get; set; }
}

public sealed class RosterShift
{
    public int Id { get; set; }
    public int CrewId { get; set; }
    public Guid SailingId { get; set; }
    public string Vessel { get; set; } = string.Empty;
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Role { get; set; } = string.Empty;
}

public sealed class CrewNote
{
    public int Id { get; set; }
    public int CrewId { get; set; }
    public string Author { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset WrittenAt { get; set; }
}

public sealed class StaffEntry
{
    public string AccountName { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string? Email { get; set; }
    public string? Department { get; set; }
    public string DistinguishedName { get; set; } = string.Empty;
    public IReadOnlyList<string> Groups { get; set; } = Array.Empty<string>();
}

[Alias("cargo_manifest")]
public sealed class CargoManifest
{
    [PrimaryKey]
    [Alias("id")]
    public Guid Id { get; set; }

    [Alias("sailing_id")]
    public Guid SailingId { get; set; }

    [Alias("manifest_ref")]
    public string ManifestRef { get; set; } = string.Empty;

    [Alias("shipper")]
    public string Shipper { get; set; } = string.Empty;

    [Alias("source_file")]
    public string? SourceFile { get; set; }

    [Alias("received_at")]
    public DateTimeOffset ReceivedAt { get; set; }

    [Alias("status")]
    public string Status { get; set; } = "Received";
}

[Alias("cargo_item")]
public sealed class CargoItem
{
    [AutoIncrement]
    [Alias("id")]
    public long Id { get; set; }

    [Alias("manifest_id")]
    public Guid ManifestId { get; set; }

    [Alias("container_id")]
    public string? ContainerId { get; set; }

    [Alias("hs_code")]
    public string HsCode { get; set; } = string.Empty;

    [Alias("description")]
    public string Description { get; set; } = string.Empty;

    [Alias("gross_kg")]
    public decimal GrossKg { get; set; }

    [Alias("hazard_class")]
    public string? HazardClass { get; set; }

    [Alias("un_number")]
    public string? UnNumber { get; set; }
}

[Alias("webhook_subscription")]
public sealed class WebhookSubscription
{
    [AutoIncrement]
    [Alias("id")]
    public int Id { get; set; }

    [Alias("partner_code")]
    public string PartnerCode { get; set; } = string.Empty;

    [Alias("event_type")]
    public string EventType { get; set; } = string.Empty;

    [Alias("callback_url")]
    public string CallbackUrl { get; set; } = string.Empty;

    [Alias("secret")]
    public string SigningSecret { get; set; } = string.Empty;

    [Alias("active")]
    public bool Active { get; set; } = true;
}
