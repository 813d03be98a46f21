using System.ComponentModel.DataAnnotations;

namespace Claimwell.Web.Models;

public sealed record ClaimSearchFilter(
    string? PolicyNumber,
    string? Status,
    string? LossType,
    string Sort = "reported",
    bool Descending = true,
    int Page = 1,
    int PageSize = 25);

public sealed record ClaimIntakeRequest(
    [property: Required, StringLength(10)] string PolicyNumber,
    [property: Required] DateOnly LossDate,
    [property: Required, StringLength(40)] string LossType,
    [property: Required, StringLength(4000)] string Description,
    [property: Range(0, 10_000_000)] decimal EstimatedAmount,
    [property: Required, StringLength(120)] string ClaimantName,
    [property: Required, EmailAddress] string ClaimantEmail,
    List<string>? EvidenceUrls);

public sealed record ClaimSummaryDto(
    Guid Id,
    string Reference,
    string PolicyNumber,
    ClaimStatus Status,
    DateTimeOffset ReportedAt,
    decimal EstimatedAmount,
    string? AssignedAdjuster)
{
    public static ClaimSummaryDto From(ClaimCase c) =>
        new(c.Id, c.Reference, c.PolicyNumber, c.Status, c.ReportedAt, c.EstimatedAmount, c.AssignedAdjuster);
}

public sealed record AddNoteRequest([property: Required, StringLength(8000)] string Body);

public sealed record PayoutPreviewRequest(Guid ClaimId, decimal AssessedLoss, string? AdjustmentFormula);

public sealed record PayoutPreviewResult(decimal AssessedLoss, decimal Deductible, decimal Net, string RuleApplied);

public sealed record ApprovePayoutRequest(
    Guid ClaimId,
    [property: Range(0.01, 10_000_000)] decimal AssessedLoss,
    [property: Required, StringLength(140)] string PayeeName,
    [property: Required, StringLength(34)] string PayeeIban);

public sealed record LedgerEntryDto(Guid Id, string ClaimReference, decimal Amount, string Currency, DateTimeOffset PostedAt, string PostedBy);

public sealed record DocumentUploadResult(Guid DocumentId, string FileName, long Length, string Sha256);

public sealed record StoredFile(string RelativePath, long Length, string Sha256);

public sealed class PolicySummary
{
    public Guid Id { get; set; }
    public string PolicyNumber { get; set; } = "";
    public string HolderFirstName { get; set; } = "";
    public string HolderLastName { get; set; } = "";
    public string ProductCode { get; set; } = "";
    public PolicyStatus Status { get; set; }
    public decimal Premium { get; set; }
}

public sealed record CoverageInfo(string ProductCode, string Name, decimal MaxLimit, decimal BaseRate, IReadOnlyList<string> Exclusions);

public sealed record QuoteResult(string ProductCode, string Region, decimal SumInsured, decimal AnnualPremium);

public sealed record DirectoryPerson(string DistinguishedName, string CommonName, string? Email, string? Department);

public sealed record AssessorReport(string ClaimReference, string Assessor, decimal AssessedLoss, string Summary, DateTimeOffset CompletedAt);

public sealed record RepairEstimate(Guid EstimateId, string ShopCode, decimal Parts, decimal Labour, decimal Total, string Currency);

public sealed record WebhookTestResult(bool Delivered, int StatusCode, string ResponseExcerpt)
{
    public static WebhookTestResult Invalid(string reason) => new(false, 0, reason);
}

public sealed record BordereauImportResult(int Created, int Updated, int Rejected)
{
    public static readonly BordereauImportResult Empty = new(0, 0, 0);

    public BordereauImportResult Merge(BordereauImportResult other) =>
        new(Created + other.Created, Updated + other.Updated, Rejected + other.Rejected);
}

public sealed record PartnerClaimNotice(string PartnerReference, string PolicyNumber, DateOnly LossDate, string LossType, string Narrative, decimal? Estimate);
