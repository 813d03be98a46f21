using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Palletwise.Models;

public class InventoryItem
{
    public int Id { get; set; }
    public string Sku { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public int QuantityOnHand { get; set; }
    public int QuantityAllocated { get; set; }
    public string BinCode { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public DateTime UpdatedAt { get; set; }

    public int Available => QuantityOnHand - QuantityAllocated;
}

public class BinLocation
{
    public int Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Zone { get; set; } = string.Empty;
    public int Capacity { get; set; }
    public int Occupied { get; set; }
}

public class Shipment
{
    public int Id { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string CarrierCode { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public string Consignee { get; set; } = string.Empty;
    public int PalletCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DispatchedAt { get; set; }
}

public class Receipt
{
    public int Id { get; set; }
    public string SupplierName { get; set; } = string.Empty;
    public string PurchaseOrder { get; set; } = string.Empty;
    public string? Note { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public class SavedReport
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string GroupBy { get; set; } = string.Empty;
    public string CreatedBy { get; set; } = string.Empty;
    public DateTime? LastRunAt { get; set; }
}

public class StaffAccount
{
    public int Id { get; set; }
    public string UserName { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string Role { get; set; } = "picker";
    public string? ResetCode { get; set; }
    public DateTime? ResetCodeExpiresAt { get; set; }
    public bool IsKiosk { get; set; }
}

public class AuditEntry
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("sku")]
    public string Sku { get; set; } = string.Empty;

    [BsonElement("type")]
    public string Type { get; set; } = string.Empty;

    [BsonElement("delta")]
    public int Delta { get; set; }

    [BsonElement("operatorId")]
    public string OperatorId { get; set; } = string.Empty;

    [BsonElement("at")]
    public DateTime At { get; set; }
}

public class ShipmentQuery
{
    public string? Carrier { get; set; }
    public string? Status { get; set; }
    public DateTime? Since { get; set; }
    public string? SortKey { get; set; }
    public int Page { get; set; } = 1;
}

public class LabelJob
{
    public string Sku { get; set; } = string.Empty;
    public string Printer { get; set; } = string.Empty;
    public int Copies { get; set; } = 1;
    public string RequestedBy { get; set; } = string.Empty;
}

public class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = string.Empty;
    public string CallbackUrl { get; set; } = string.Empty;
}

[Serializable]
public class PalletManifest
{
    public string ShipmentReference { get; set; } = string.Empty;
    public List<ManifestLine> Lines { get; set; } = new();
}

[Serializable]
public class ManifestLine
{
    public string Sku { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public string PalletId { get; set; } = string.Empty;
}

public class ExportEnvelope
{
    public string Source { get; set; } = string.Empty;
    public DateTime ExportedAt { get; set; }
    public List<object> Records { get; set; } = new();
}

public class StaffProfile
{
    public string Login { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string? Email { get; set; }
    public string? Shift { get; set; }
}

public class ReportRow
{
    public string Key { get; set; } = string.Empty;
    public long Total { get; set; }
}

public class QuoteGlobals
{
    public decimal Weight { get; set; }
    public decimal Distance { get; set; }
}

public record StockAdjustment(int Delta, string Reason);
public record LabelPrintRequest(string Sku, string Printer, int Copies);
public record TrackingLookup(string Carrier, string TrackingNumber, string? TrackingUrl);
public record WebhookRegistration(string Name, string CallbackUrl);
public record LoginRequest(string UserName, string Password);
public record RegisterStaffRequest(string UserName, string Password, string Role);
public record ReportRenderRequest(string Template, Dictionary<string, string>? Parameters);
public record PricingQuoteRequest(string Formula, decimal Weight, decimal Distance);
public record SavedReportRequest(string Name, string GroupBy);
public record ShipmentDraft(string Reference, string CarrierCode, string Consignee, int PalletCount);
public record StockLevel(string Sku, int Quantity);
