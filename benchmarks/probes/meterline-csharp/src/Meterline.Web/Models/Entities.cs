namespace Meterline.Models;

public enum ReadingKind { Water = 1, Electricity = 2 }

public enum InvoiceStatus { Draft, Issued, Paid, Overdue, Disputed }

public enum MeterVendor { Itron, Kamstrup, Sensus, Landis }

public sealed class MeterReading
{
    public long Id { get; set; }
    public string MeterSerial { get; set; } = string.Empty;
    public string Register { get; set; } = "1.8.0";
    public ReadingKind Kind { get; set; }
    public decimal Value { get; set; }
    public DateOnly ReadOn { get; set; }
    public DateTimeOffset ReadAt { get; set; }
    public string? TechnicianId { get; set; }
    public string Source { get; set; } = "portal";
    public string? Note { get; set; }
}

public sealed record Customer(int Id, string AccountNo, string Email, string DisplayName, string PasswordHash);

public sealed record InvoiceSummary(string InvoiceNo, string AccountNo, DateTime IssuedAt, DateTime DueAt, decimal TotalAmount, string Status);

public sealed record Invoice(string InvoiceNo, string AccountNo, DateTime IssuedAt, DateTime DueAt, decimal TotalAmount, string Status,
    int CustomerId, string CustomerName, string? InsertFile);

public sealed record InvoiceQuery(string? AccountNo, InvoiceStatus? Status, int Skip, int Take);
public sealed record EventQuery(string FilterJson, DateTime Since, int Limit);
public sealed record ResetCode(string Code, DateTimeOffset ExpiresAt);
public sealed record ArrearsRow(string AccountNo, string DisplayName, decimal Balance, int DaysOverdue);
public sealed record MonthlyUsage(int Year, int Month, int Kind, decimal Units);
public sealed record BillEstimate(string TariffCode, decimal Units, decimal Amount);
