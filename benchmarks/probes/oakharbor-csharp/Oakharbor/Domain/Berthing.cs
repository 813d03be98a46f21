namespace Oakharbor.Domain;

public sealed class Berth
{
    public int Id { get; set; }
    public string DockCode { get; set; } = string.Empty;
    public int BerthNumber { get; set; }
    public decimal MaxLengthMeters { get; set; }
    public decimal MaxBeamMeters { get; set; }
    public bool HasShorePower { get; set; }
    public decimal DailyRate { get; set; }

    public string Label => $"{DockCode}-{BerthNumber:D2}";

    public bool Accommodates(Vessel vessel) =>
        vessel.LengthOverallMeters <= MaxLengthMeters && vessel.BeamMeters <= MaxBeamMeters;
}

public enum LeaseStatus
{
    Draft,
    PendingPayment,
    Active,
    Suspended,
    Ended
}

public sealed class Lease
{
    public Guid Id { get; set; }
    public int BerthId { get; set; }
    public int VesselId { get; set; }
    public string TenantAccount { get; set; } = string.Empty;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal MonthlyFee { get; set; }
    public LeaseStatus Status { get; set; }
    public string? GatePin { get; set; }

    public int Nights => EndsOn.DayNumber - StartsOn.DayNumber;
}

public sealed class LeaseHistoryEntry
{
    public Guid LeaseId { get; set; }
    public string DockCode { get; set; } = string.Empty;
    public int BerthNumber { get; set; }
    public string VesselName { get; set; } = string.Empty;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public LeaseStatus Status { get; set; }
}

public sealed class Vessel
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string HullId { get; set; } = string.Empty;
    public long? Mmsi { get; set; }
    public decimal LengthOverallMeters { get; set; }
    public decimal BeamMeters { get; set; }
    public decimal DraftMeters { get; set; }
    public string OwnerAccount { get; set; } = string.Empty;
    public string? Notes { get; set; }
    public string? WebsiteUrl { get; set; }
}

public sealed class VesselProfile
{
    public int VesselId { get; set; }
    public string? Builder { get; set; }
    public int? YearBuilt { get; set; }
    public string? EngineModel { get; set; }
    public decimal? FuelCapacityLitres { get; set; }
    public Dictionary<string, object>? Attributes { get; set; }
}

public sealed class CheckoutSession
{
    public Guid Id { get; set; }
    public Guid LeaseId { get; set; }
    public string TenantAccount { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string ContinueUrl { get; set; } = "/portal";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
}
