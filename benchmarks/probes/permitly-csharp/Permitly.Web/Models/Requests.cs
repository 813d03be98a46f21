using System.ComponentModel.DataAnnotations;

namespace Permitly.Web.Models;

public sealed class PermitSearchCriteria
{
    public string? ParcelId { get; set; }
    public string? ApplicantName { get; set; }
    public DateOnly? SubmittedAfter { get; set; }
}

public sealed class PermitApplicationRequest
{
    [Required] public string ParcelId { get; set; } = "";
    [Range(1, 40)] public int DistrictId { get; set; }
    public PermitType Type { get; set; }
    [Required] public string ApplicantName { get; set; } = "";
    [EmailAddress] public string ApplicantEmail { get; set; } = "";
    [MaxLength(4000)] public string Description { get; set; } = "";
    public decimal EstimatedValuation { get; set; }
    public decimal SquareFeet { get; set; }
    [Url] public string? CallbackUrl { get; set; }
}

public sealed record FeeEstimateRequest(PermitType Type, [Range(0, 2_000_000)] decimal SquareFeet, string? Adjustment);

public sealed record AssignInspectorRequest(int InspectionId, [Required] string InspectorLogin, DateOnly Date);

public sealed record AppealSearchRequest(string PermitNumber, string? Ground, int Page = 1);

public sealed record AppealDecisionRequest([Required] string Outcome, string? Reasoning);

public sealed record ContractorRegistration(
    [Required, EmailAddress] string Email,
    [Required] string CompanyName,
    [Required, MinLength(10)] string Password,
    string? LicenseNumber);

[Serializable]
public sealed class NoticeDraft
{
    public string PermitNumber { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime LastEdited { get; set; }
}
