namespace Returnly.Models;

public enum ReturnStatus { Requested, Authorised, Received, Inspected, Refunded, Rejected }

public sealed class ReturnAuthorization
{
    public Guid Id { get; set; }
    public string RmaNumber { get; set; } = "";
    public string OrderNumber { get; set; } = "";
    public string CustomerEmail { get; set; } = "";
    public string Reason { get; set; } = "";
    public string? CustomerNote { get; set; }
    public ReturnStatus Status { get; set; }
    public string WarehouseCode { get; set; } = "";
    public decimal ItemPrice { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class Inspection
{
    public long Id { get; set; }
    public string RmaNumber { get; set; } = "";
    public string Grade { get; set; } = "";
    public string InspectorId { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
}

public sealed class Refund
{
    public int Id { get; set; }
    public string RmaNumber { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public string Method { get; set; } = "original";
    public string Status { get; set; } = "Pending";
    public string? StoreCreditCode { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class PortalUser
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string? ResetToken { get; set; }
    public DateTime? ResetTokenExpiresAt { get; set; }
}

public sealed class KioskAccount
{
    public int Id { get; set; }
    public string BadgeId { get; set; } = "";
    public string WarehouseCode { get; set; } = "";
    public string PasswordHash { get; set; } = "";
}

[Serializable]
public sealed class LegacyRefundRecord
{
    public string RmaNumber { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateTime IssuedOn { get; set; }
}

public sealed record InspectionExportRow(string RmaNumber, string Grade, string InspectorId, DateTime ReceivedAt, string Reason);

public sealed record LabelPrintJob(string Station, string TrackingNumber, string RequestedBy);

public sealed record ShipmentInfo(string TrackingNumber, string? RmaNumber, string Carrier);

public sealed record ReturnFeedLine(string RmaNumber, string Sku, int Quantity);
