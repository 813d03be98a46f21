using Microsoft.AspNetCore.Mvc;

namespace Meterline.Models;

public sealed record PasswordResetRequest(string Email);
public sealed record PasswordResetConfirm(string Email, string Code, string NewPassword);
public sealed record ContactUpdate(string Email, string? Phone);
public sealed record KioskPinRequest(string Pin);
public sealed record PhoneVerificationRequest(string Phone);

public sealed record InvoiceSearch(
    [FromQuery(Name = "account")] string? AccountNo,
    [FromQuery] string? Status,
    [FromQuery] int Page = 1,
    [FromQuery] int PageSize = 50);

public sealed record PingRequest([FromQuery] string Host, [FromQuery] string? Gateway, [FromQuery] int Count = 3);

public sealed record ReadingSubmission(string Register, decimal Value, DateTimeOffset ReadAt, string? Note);
public sealed record EventQueryRequest(string? Filter, int? Limit);
public sealed record TariffDraft(string Code, string Formula, decimal SampleUnits, decimal Rate, decimal BaseCharge);
public sealed record StatementPreviewRequest(string Template);
public sealed record WebhookTestRequest(string PartnerId, string CallbackUrl);
public sealed record FieldTokenRequest(string TechnicianId, string Depot);
public sealed record FieldIdentity(string TechnicianId, string Depot);
public sealed record ImportResult(string BatchId, int Files);
public sealed record StaffEntry(string Name, string? Email, string? Phone, string? Department);
public sealed record TariffInfo(string Code, string Name, string District, decimal Rate, decimal BaseCharge, string Utility);
public sealed record RouteStop(string MeterSerial, int Sequence, string Address);
public sealed record RouteManifest(string RouteCode, IReadOnlyList<RouteStop> Stops);
public sealed record PlannedOutage(string Utility, string Area, DateTimeOffset Starts, DateTimeOffset Ends, string Description);
public sealed record FeederStatus(string FeederId, bool Energized, decimal LoadAmps, DateTimeOffset SampledAt);

public sealed class FeedEnvelope
{
    public string PartnerKey { get; set; } = string.Empty;
    public DateTimeOffset SentAt { get; set; }
    public List<FeedItem> Items { get; set; } = [];
    public object? Extensions { get; set; }
}

public sealed record FeedItem(string AccountNo, string Kind, decimal Amount, string? Reference);
