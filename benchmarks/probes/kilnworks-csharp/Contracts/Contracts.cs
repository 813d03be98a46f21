using Kilnworks.Domain;

namespace Kilnworks.Contracts;

public sealed record ScheduleFiringRequest(
    int KilnId,
    FiringType Type,
    string TargetCone,
    string ScheduleProfile,
    DateTime ScheduledFor,
    string? Notes);

public sealed record FiringSearchQuery(
    string? Kiln,
    string? Cone,
    DateTime? From,
    DateTime? To,
    int Page = 1,
    int PageSize = 25);

public sealed record FiringSummaryDto(
    long Id,
    string KilnName,
    string Type,
    string Status,
    string TargetCone,
    DateTime ScheduledFor,
    int? PeakTemperatureC);

public sealed record ControllerStatusDto(
    string State,
    int CurrentTemperatureC,
    int Segment,
    int MinutesRemaining);

public sealed record RegisterControllerRequest(
    int KilnId,
    string StatusUrl);

public sealed class KilnLogImportRequest
{
    public long FiringId { get; set; }
    public string ArchiveName { get; set; } = string.Empty;
}

public sealed record CreateBookingRequest(
    int ClassId,
    string AttendeeName,
    string AttendeeEmail,
    int Seats,
    string? Comment);

public sealed record BookingListQuery(
    int? ClassId,
    string? Status,
    string? SortBy,
    bool Descending = false);

public sealed record BookingConfirmationDto(
    long BookingId,
    string ConfirmationCode,
    string ClassTitle,
    DateTime StartsAt);

public sealed class CartState
{
    public int MemberId { get; set; }
    public List<CartLine> Lines { get; set; } = new();
    public object? PromoContext { get; set; }
}

public sealed class CartLine
{
    public int ClassId { get; set; }
    public int Seats { get; set; }
    public decimal UnitPrice { get; set; }
}

public sealed record GlazeSearchQuery(
    string? Text,
    string? Cone,
    string? Atmosphere,
    string? Sort);

public sealed record SaveGlazeRequest(
    string Name,
    string Cone,
    string Atmosphere,
    string Surface,
    string? Notes,
    string? LabelTemplate,
    string? ExpansionFormula,
    bool Shared);

public sealed record ImportGlazePhotoRequest(
    int RecipeId,
    string SourceUrl);

public sealed record SupplierLookupRequest(
    string CatalogUrl,
    string Material);

public sealed record TemplatePreviewRequest(
    string Source,
    int ClassId);

public sealed record ExpansionRequest(
    string Formula);

public sealed record FiringScheduled(
    long FiringId,
    int KilnId,
    string ScheduleProfile,
    string TargetCone,
    DateTime ScheduledFor);

public sealed record GlazeLabelRequested(
    int RecipeId,
    int RequestedBy,
    int Copies);

public sealed record KilnLogUploaded(
    long FiringId,
    string ArchiveFileName,
    int UploadedBy);

public sealed record MemberProfileChanged(
    int MemberId,
    string ChangedField);
