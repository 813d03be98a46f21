using System.Runtime.Serialization;
using Microsoft.AspNetCore.Mvc;
using Petrilab.Data;

namespace Petrilab.Models;

public sealed class SampleSearchQuery
{
    [FromQuery(Name = "clinic")]
    public int ClinicId { get; init; }

    [FromQuery(Name = "species")]
    public string? Species { get; init; }

    [FromQuery(Name = "owner")]
    public string? Owner { get; init; }

    [FromQuery(Name = "page")]
    public int Page { get; init; } = 1;
}

public sealed record InvoiceListQuery(
    [FromRoute] int ClinicId,
    [FromQuery] string? Status,
    [FromQuery] string? Sort);

public sealed record SampleDto(int Id, string Accession, string Species, string PatientName, string PanelCode, string Status, DateTimeOffset CollectedAt)
{
    public static SampleDto From(Sample s) => new(s.Id, s.Accession, s.Species, s.PatientName, s.PanelCode, s.Status, s.CollectedAt);
}

public sealed record LabelPrintRequest(string PrinterName, int Copies, string? Format);
public sealed record StationPrintRequest(string Station, int Copies);
public sealed record ManifestPrintRequest(string PrinterName, string? Tray, string RouteCode, DateOnly Date);

public sealed record ReleaseRequest(string ReleasedBy, string? Note);
public sealed record RangePreviewRequest(string Formula, double WeightKg, int AgeMonths);
public sealed record PatientContext(double WeightKg, int AgeMonths);

public sealed record ClinicRegistration(string Code, string DisplayName, string? Website, string? WebhookUrl, string ContactEmail, string Password);
public sealed record LetterheadUpdate(string Template);
public sealed record PasswordChange(string CurrentPassword, string NewPassword);
public sealed record InviteRequest(string Email);
public sealed record PortalLogin(string ClinicCode, string Password);

public sealed record StaffLoginForm(string Username, string Password, string? ReturnUrl);
public sealed record StaffIdentity(string Username, string DisplayName, string Email, IReadOnlyList<string> Groups);
public sealed record CourierIdentity(string Subject, string Route, bool IsDispatcher);

public sealed record PartnerCallback(string PartnerCode, string DocumentUrl, string? Accession);
public sealed record PickupRequest(string ClinicCode, string Route, DateTimeOffset ReadyAt, int BoxCount);
public sealed record PickupConfirmation(string PickupCode, int BoxCount);
public sealed record InvoiceStatusUpdate(string Status);

public sealed record Hl7Summary(string MessageId, string Accession, IReadOnlyList<ObservationDto> Observations);
public sealed record ObservationDto(string Code, string? Value, string? Unit, string? Flag);

// Messages exchanged over RabbitMQ (exchange "petrilab.events").
public sealed record ResultReleasedMessage(int SampleId, string Accession, int ClinicId, string ReleasedBy, DateTimeOffset ReleasedAt);
public sealed record InstrumentPayloadMessage(string InstrumentId, string Xml, DateTimeOffset ReceivedAt);

// Export format of the previous LIMS (LabLink 4), still produced by two partner labs.
public sealed class LegacyPanelExport
{
    public string? SourceSystem { get; set; }
    public DateTime ExportedAt { get; set; }
    public List<LegacyPanel> Panels { get; set; } = new();
    public Dictionary<string, object>? Metadata { get; set; }
}

public sealed class LegacyPanel
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public List<string> Analytes { get; set; } = new();
    public string? ReferenceExpression { get; set; }
    public decimal Price { get; set; }
}

[DataContract(Name = "Panel", Namespace = "urn:petrilab:panels:1")]
public sealed class PanelContract
{
    [DataMember(Order = 1, IsRequired = true)] public string Code { get; set; } = string.Empty;
    [DataMember(Order = 2)] public string Name { get; set; } = string.Empty;
    [DataMember(Order = 3)] public List<string> Analytes { get; set; } = new();
    [DataMember(Order = 4)] public string? ReferenceExpression { get; set; }
    [DataMember(Order = 5)] public double RangeTolerance { get; set; } = 0.15;
    [DataMember(Order = 6)] public decimal Price { get; set; }
}

[Serializable]
public class WorkbenchDraft
{
    public int SampleId { get; set; }
    public string Pathologist { get; set; } = string.Empty;
    public List<DraftSection> Sections { get; set; } = new();
    public DateTime SavedAtUtc { get; set; }
}

[Serializable]
public class DraftSection
{
    public string Heading { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
}
