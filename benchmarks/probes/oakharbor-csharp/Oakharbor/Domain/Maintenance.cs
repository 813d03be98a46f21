namespace Oakharbor.Domain;

public enum WorkOrderStatus
{
    Open,
    Scheduled,
    InProgress,
    AwaitingParts,
    Completed,
    Cancelled
}

public sealed class WorkOrder
{
    public int Id { get; set; }
    public int VesselId { get; set; }
    public string VesselName { get; set; } = string.Empty;
    public int? PartnerId { get; set; }
    public string Category { get; set; } = "general";
    public string Description { get; set; } = string.Empty;
    public WorkOrderStatus Status { get; set; }
    public decimal EstimatedHours { get; set; }
    public decimal? LabourHours { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public sealed class PartnerWebhook
{
    public int PartnerId { get; set; }
    public string PartnerName { get; set; } = string.Empty;
    public string CallbackUrl { get; set; } = string.Empty;
    public string SigningSecret { get; set; } = string.Empty;
    public bool Enabled { get; set; }
}

public sealed class ReportPreference
{
    public string UserName { get; set; } = string.Empty;
    public string OccupancyGrouping { get; set; } = "dock_code";
    public string RevenueDimension { get; set; } = "dock";
    public bool IncludeLiveaboards { get; set; }
    public string DeliveryEmail { get; set; } = string.Empty;
}

public sealed class ReportRow
{
    public string Bucket { get; set; } = string.Empty;
    public int Count { get; set; }
    public decimal Amount { get; set; }
}

public sealed record CrewMember(string Name, string Role, string? Certification, string? Nationality);

public sealed record CrewIdentity(string Subject, string? DockCode, bool IsHarbourMaster);

public sealed record TenantContact(string DisplayName, string Email, string? Phone, string? MooringAccount);

public sealed record DiagnosticsResult(bool Succeeded, string OutputPath, string Log);
