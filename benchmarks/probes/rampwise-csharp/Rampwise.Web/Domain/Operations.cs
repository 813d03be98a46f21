namespace Rampwise.Web.Domain;

public enum TurnaroundStatus
{
    Planned,
    OnBlock,
    InProgress,
    ReadyForPushback,
    OffBlock,
    Cancelled
}

public enum TaskKind
{
    Chocks,
    Deboarding,
    Cleaning,
    Catering,
    Fuelling,
    Loading,
    Boarding,
    Pushback
}

public class Turnaround
{
    public Guid Id { get; set; }
    public string FlightNumber { get; set; } = string.Empty;
    public string OutboundFlightNumber { get; set; } = string.Empty;
    public string AirlineCode { get; set; } = string.Empty;
    public string Station { get; set; } = string.Empty;
    public string Stand { get; set; } = string.Empty;
    public string TailNumber { get; set; } = string.Empty;
    public string AircraftType { get; set; } = string.Empty;
    public DateTime ScheduledOnBlockUtc { get; set; }
    public DateTime ScheduledOffBlockUtc { get; set; }
    public DateTime? ActualOnBlockUtc { get; set; }
    public DateTime? ActualOffBlockUtc { get; set; }
    public TurnaroundStatus Status { get; set; }
    public string? DelayCode { get; set; }
    public string? Remarks { get; set; }
    public List<TurnaroundTask> Tasks { get; set; } = new();

    public TimeSpan PlannedGroundTime => ScheduledOffBlockUtc - ScheduledOnBlockUtc;

    public TimeSpan? ActualGroundTime =>
        ActualOnBlockUtc.HasValue && ActualOffBlockUtc.HasValue
            ? ActualOffBlockUtc.Value - ActualOnBlockUtc.Value
            : null;

    public int CompletedTaskCount => Tasks.Count(t => t.CompletedUtc.HasValue);
}

public class TurnaroundTask
{
    public int Id { get; set; }
    public Guid TurnaroundId { get; set; }
    public TaskKind Kind { get; set; }
    public string AssignedTeam { get; set; } = string.Empty;
    public DateTime PlannedStartUtc { get; set; }
    public DateTime PlannedEndUtc { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public string? CompletedBy { get; set; }

    public bool IsLate(DateTime nowUtc) => !CompletedUtc.HasValue && nowUtc > PlannedEndUtc;
}

public enum BagStatus
{
    CheckedIn,
    Screened,
    Loaded,
    Offloaded,
    Transferred,
    Mishandled
}

public class BagTag
{
    public long Id { get; set; }
    public string TagNumber { get; set; } = string.Empty;
    public string FlightNumber { get; set; } = string.Empty;
    public DateOnly FlightDate { get; set; }
    public string PassengerName { get; set; } = string.Empty;
    public string Destination { get; set; } = string.Empty;
    public string? OnwardFlight { get; set; }
    public string Uld { get; set; } = string.Empty;
    public decimal WeightKg { get; set; }
    public BagStatus Status { get; set; }
    public string? HoldPosition { get; set; }
    public DateTime LastScanUtc { get; set; }
}

public class BaggageManifest
{
    public string FlightNumber { get; set; } = string.Empty;
    public DateOnly FlightDate { get; set; }
    public string Origin { get; set; } = string.Empty;
    public string Destination { get; set; } = string.Empty;
    public List<BagTag> Bags { get; set; } = new();

    public decimal TotalWeightKg => Bags.Sum(b => b.WeightKg);

    public IReadOnlyDictionary<string, int> CountByUld() =>
        Bags.GroupBy(b => b.Uld).ToDictionary(g => g.Key, g => g.Count());
}

public enum FuelOrderState
{
    Requested,
    Acknowledged,
    Dispatched,
    Delivered,
    Rejected
}

public class FuelOrder
{
    public Guid Id { get; set; }
    public Guid TurnaroundId { get; set; }
    public string TailNumber { get; set; } = string.Empty;
    public string Stand { get; set; } = string.Empty;
    public string Grade { get; set; } = "JET-A1";
    public int UpliftLitres { get; set; }
    public decimal? DensityKgPerLitre { get; set; }
    public string RequestedBy { get; set; } = string.Empty;
    public DateTime RequestedUtc { get; set; }
    public FuelOrderState State { get; set; }
    public string? SupplierReference { get; set; }
    public string? DeliveryTicketUrl { get; set; }

    public decimal? UpliftKg => DensityKgPerLitre.HasValue ? UpliftLitres * DensityKgPerLitre.Value : null;
}
