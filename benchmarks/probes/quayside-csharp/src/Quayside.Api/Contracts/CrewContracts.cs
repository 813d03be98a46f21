namespace Quayside.Api.Contracts;

public sealed record CrewSearchQuery(string? Port, string? Grade);

public sealed record CrewListItem(int Id, string StaffNumber, string FullName, string Rank, string HomePort, string CertificateGrade, DateOnly CertificateExpires);

public sealed record AddCrewNoteRequest(string Body);

public sealed record KioskPinRequest(string StaffNumber, string Pin);

public sealed record PasswordResetRequest(string StaffNumber);

public sealed record CertificateUpload(int CrewId, string FileName, string ContentBase64);

public sealed record RosterPublishRequest(string Vessel, DateOnly WeekStarting, string RequestedBy);

public sealed record StaffLookupResult(string AccountName, string DisplayName, string? Email, string? Department);
