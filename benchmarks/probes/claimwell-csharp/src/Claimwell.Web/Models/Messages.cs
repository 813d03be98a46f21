namespace Claimwell.Web.Models;

public static class MessageSubjects
{
    public const string ClaimSubmitted = "claim.submitted";
    public const string DocumentUploaded = "document.uploaded";
    public const string AcknowledgementRequested = "claim.acknowledgement-requested";
    public const string PartnerClaimReceived = "partner.claim-received";
}

public sealed record ClaimSubmittedMessage(
    Guid ClaimId,
    string Reference,
    string ClaimantName,
    string ClaimantEmail,
    string PolicyNumber,
    IReadOnlyList<string> EvidenceUrls);

public sealed record DocumentUploadedMessage(
    Guid ClaimId,
    Guid DocumentId,
    string StoredPath,
    string OriginalFileName,
    string ContentType);

public sealed record AcknowledgementRequestedMessage(
    Guid ClaimId,
    string Reference,
    string ClaimantName,
    string ClaimantEmail,
    string BrokerName,
    string? PersonalNote);

public sealed class PartnerClaimEnvelope
{
    public string PartnerCode { get; set; } = "";
    public string ExternalId { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public object? Payload { get; set; }
    public Dictionary<string, object>? Metadata { get; set; }
}
