namespace Rollcall.Web.Messaging;

public sealed record EnrolmentSubmitted(Guid SubmissionId, int SchoolId, string GuardianEmail, string FormJson, DateTimeOffset SubmittedAt);

public sealed record TranscriptReceived(Guid SubmissionId, string SourceDistrict, string TranscriptXml);

public sealed record GuardianContactChanged(string GuardianId, string Email, string? CallbackUrl);
