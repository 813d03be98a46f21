namespace Permitly.Web.Models;

public enum PermitStatus { Submitted, InReview, CorrectionsRequired, Approved, Issued, Expired, Withdrawn }

public enum PermitType { Residential, Commercial, Demolition, Electrical, Plumbing, Sign }

public sealed class Permit
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public string ParcelId { get; set; } = "";
    public int DistrictId { get; set; }
    public PermitType Type { get; set; }
    public string ApplicantName { get; set; } = "";
    public string ApplicantEmail { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal EstimatedValuation { get; set; }
    public decimal SquareFeet { get; set; }
    // Written by PermitRepository.CreateAsync / UpdateStatusAsync only.
    public string Status { get; set; } = nameof(PermitStatus.Submitted);
    public DateTime SubmittedAt { get; set; }
    public DateTime? IssuedAt { get; set; }
}

public sealed record InspectionSlot(int InspectionId, string PermitNumber, string Address, TimeOnly StartsAt, string Type);

public sealed record FeeLine(int Id, string PermitNumber, string Category, string Description, decimal Amount, DateTime? PaidAt);

public sealed record StaffMember(string Login, string DisplayName, string Email, string Department);

public sealed record StoredPlan(string FullPath, string Checksum, long Length);

public sealed record ContractorAccount(int Id, string Email, string CompanyName, string PasswordHash);

public sealed record NoticeModel(string PermitNumber, string Recipient, DateOnly IssuedOn);

public sealed record BoardMember(string? Subject, bool IsBoardMember);
