namespace Wardrobe.Web.Domain;

public static class RentalStatuses
{
    public const string Reserved = "Reserved";
    public const string Collected = "Collected";
    public const string Returned = "Returned";
    public const string Inspected = "Inspected";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Reserved, Collected, Returned, Inspected, Cancelled,
    };
}

public sealed class Rental
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int CostumeId { get; set; }
    public string ProductionTitle { get; set; } = string.Empty;
    public DateTime StartDate { get; set; }
    public DateTime DueDate { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public string Status { get; set; } = RentalStatuses.Reserved;
    public string PickupCode { get; set; } = string.Empty;
    public string? CallbackUrl { get; set; }
    public string? ConditionNote { get; set; }
    public int? ConditionGrade { get; set; }
    public decimal DepositAmount { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class Fitting
{
    public int Id { get; set; }
    public int ProductionId { get; set; }
    public int CostumeId { get; set; }
    public string ActorName { get; set; } = string.Empty;
    public DateTime ScheduledFor { get; set; }
    public string? Notes { get; set; }
    public string? ReferencePhoto { get; set; }
    public string BookedBy { get; set; } = string.Empty;
}
