namespace Claimwell.Web.Models;

public enum ClaimStatus
{
    Submitted = 0,
    Triage = 1,
    Assigned = 2,
    UnderReview = 3,
    Approved = 4,
    Denied = 5,
    Paid = 6,
    Closed = 7
}

public enum PolicyStatus
{
    Quoted = 0,
    Active = 1,
    Lapsed = 2,
    Cancelled = 3
}

public enum DocumentKind
{
    Photo,
    Estimate,
    PoliceReport,
    MedicalRecord,
    Invoice,
    Other
}

public class Policy
{
    public Guid Id { get; set; }
    public string PolicyNumber { get; set; } = "";
    public string ProductCode { get; set; } = "";
    public string HolderFirstName { get; set; } = "";
    public string HolderLastName { get; set; } = "";
    public string HolderEmail { get; set; } = "";
    public Guid BrokerId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly EffectiveTo { get; set; }
    public decimal Premium { get; set; }
    public decimal CoverageLimit { get; set; }
    public decimal Deductible { get; set; }
    public PolicyStatus Status { get; set; }
    public string? EndorsementNotes { get; set; }
    public List<ClaimCase> Claims { get; set; } = new();
}

public class ClaimCase
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public Guid PolicyId { get; set; }
    public Policy? Policy { get; set; }
    public string PolicyNumber { get; set; } = "";
    public ClaimStatus Status { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public DateOnly LossDate { get; set; }
    public string LossType { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal EstimatedAmount { get; set; }
    public string ClaimantName { get; set; } = "";
    public string ClaimantEmail { get; set; } = "";
    public string? AssignedAdjuster { get; set; }
    public List<ClaimNote> Notes { get; set; } = new();
    public List<ClaimDocument> Documents { get; set; } = new();
}

public class ClaimNote
{
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public string Author { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

public class ClaimDocument
{
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public DocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string StoredPath { get; set; } = "";
    public string ContentType { get; set; } = "application/octet-stream";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public string? MetadataJson { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public class Payout
{
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public string PayeeName { get; set; } = "";
    public string PayeeIban { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    public string ApprovedBy { get; set; } = "";
}

public class Broker
{
    public Guid Id { get; set; }
    public string AgencyCode { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string? InviteToken { get; set; }
    public DateTimeOffset? InviteExpiresAt { get; set; }
    public string? ResetTokenHash { get; set; }
    public DateTimeOffset? ResetExpiresAt { get; set; }
    public bool Active { get; set; }
}
