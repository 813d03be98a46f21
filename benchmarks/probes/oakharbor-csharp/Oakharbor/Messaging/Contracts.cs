namespace Oakharbor.Messaging;

/// <summary>Published from the dock operations hub when a dockhand asks for an engine dump.</summary>
public record RunEngineDiagnostics
{
    public Guid CorrelationId { get; init; }
    public int WorkOrderId { get; init; }
    public string HullId { get; init; } = string.Empty;
    public string RequestedBy { get; init; } = string.Empty;
}

/// <summary>Published when a work order is signed off; partners may subscribe to a webhook.</summary>
public record WorkOrderCompleted
{
    public int WorkOrderId { get; init; }
    public int VesselId { get; init; }
    public string VesselName { get; init; } = string.Empty;
    public int? PartnerId { get; init; }
    public decimal LabourHours { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
}

/// <summary>Queued from the reports page; the consumer uses the requesting user's saved preferences.</summary>
public record GenerateOccupancyReport
{
    public Guid ReportId { get; init; }
    public string RequestedBy { get; init; } = string.Empty;
    public int Year { get; init; }
    public int Month { get; init; }
}

/// <summary>Submitted by broker integrations through the API.</summary>
public record VesselProfileSubmitted
{
    public int VesselId { get; init; }
    public string Format { get; init; } = "v2";
    public string Payload { get; init; } = string.Empty;
    public string SubmittedBy { get; init; } = string.Empty;
}
