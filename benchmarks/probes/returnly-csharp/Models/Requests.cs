namespace Returnly.Models;

public sealed record CreateReturnRequest(string OrderNumber, string CustomerEmail, string Reason, string? CustomerNote, string WarehouseCode, decimal ItemPrice);

public sealed class InspectionFilter
{
    public string Warehouse { get; set; } = "";
    public string? SortBy { get; set; }
    public bool Descending { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed record RefundRuleRequest(string RmaNumber, string Formula);

public sealed record NotificationPreviewRequest(string RmaNumber, string TemplateBody);

public sealed record NotificationModel(string CustomerName, string RmaNumber, decimal Amount, string Reason, int ShipWithinDays);

public sealed record WebhookSubscription(string CallbackUrl, string[] Events);

public sealed record CallbackTestResult(string Url, int StatusCode, long ElapsedMs, string? Error);

public sealed class CarrierEventEnvelope
{
    public string Carrier { get; set; } = "";
    public string EventType { get; set; } = "";
    public string TrackingNumber { get; set; } = "";
    public Dictionary<string, object>? Attributes { get; set; }
}
