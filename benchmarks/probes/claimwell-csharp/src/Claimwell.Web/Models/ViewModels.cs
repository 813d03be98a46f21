using System.ComponentModel.DataAnnotations;

namespace Claimwell.Web.Models;

public sealed class LoginViewModel
{
    [Required]
    public string UserName { get; set; } = "";

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool IsAdjuster { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class AcceptInviteViewModel
{
    [Required, MinLength(12), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Compare(nameof(Password))]
    public string ConfirmPassword { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ResetPasswordViewModel
{
    [Required]
    public string Token { get; set; } = "";

    [Required, MinLength(12), DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";
}

public sealed class PolicySearchViewModel
{
    public string? LastName { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
    public IReadOnlyList<PolicySummary> Results { get; set; } = Array.Empty<PolicySummary>();
}

public sealed class PolicyDetailsViewModel
{
    public required Policy Policy { get; init; }
    public required string CoverageSummaryHtml { get; init; }
    public IReadOnlyList<ClaimSummaryDto> Claims { get; init; } = Array.Empty<ClaimSummaryDto>();
}

public sealed class BrokerDashboardViewModel
{
    public required string AgencyCode { get; init; }
    public required string BrokerName { get; init; }
    public IReadOnlyList<PolicySummary> Policies { get; init; } = Array.Empty<PolicySummary>();
    public IReadOnlyDictionary<string, string> PartnerPortals { get; init; } = new Dictionary<string, string>();
}

public sealed class AcknowledgementForm
{
    [StringLength(2000)]
    public string? PersonalNote { get; set; }
}

public sealed class AuditSearchViewModel
{
    public string? Actor { get; set; }
    public string? ClaimReference { get; set; }
    public IReadOnlyList<AuditEntry> Entries { get; set; } = Array.Empty<AuditEntry>();
}
