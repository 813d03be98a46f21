using System.ComponentModel.DataAnnotations;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Models;

public class TurnaroundListViewModel
{
    public string Station { get; set; } = string.Empty;
    public string? Sort { get; set; }
    public IReadOnlyList<Turnaround> Turnarounds { get; set; } = Array.Empty<Turnaround>();
}

public class TurnaroundDetailsViewModel
{
    public Turnaround Turnaround { get; set; } = new();
    public string RemarksHtml { get; set; } = string.Empty;
    public string FormattedDelayNote { get; set; } = string.Empty;
    public IReadOnlyList<TurnaroundTask> LateTasks { get; set; } = Array.Empty<TurnaroundTask>();
}

public class RemarkForm
{
    [Required]
    public Guid TurnaroundId { get; set; }

    [Required, StringLength(4000)]
    public string Text { get; set; } = string.Empty;
}

public class DelayForm
{
    [Required]
    public Guid TurnaroundId { get; set; }

    [Required, RegularExpression("^[0-9]{2}[A-Z]?$")]
    public string DelayCode { get; set; } = string.Empty;

    [StringLength(500)]
    public string? Note { get; set; }
}

public class CompleteTaskForm
{
    public Guid TurnaroundId { get; set; }
    public int TaskId { get; set; }
    public string? ReturnUrl { get; set; }
}

public class BagSearchQuery
{
    public string? FlightNumber { get; set; }
    public DateOnly? FlightDate { get; set; }
    public string? Status { get; set; }
    public string? Uld { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public class ManifestViewModel
{
    public BaggageManifest Manifest { get; set; } = new();
    public string? TagPrefix { get; set; }
    public string ETag { get; set; } = string.Empty;
}

public class BagRouteViewModel
{
    public string Station { get; set; } = string.Empty;
    public string TagNumber { get; set; } = string.Empty;
    public string? Belt { get; set; }
    public string? Chute { get; set; }
    public string? TransferFlight { get; set; }
}

public class ManifestImportResult
{
    public string FlightNumber { get; set; } = string.Empty;
    public int Imported { get; set; }
    public int Skipped { get; set; }
    public List<string> Warnings { get; set; } = new();
}

public class ManifestExportRequest
{
    public string FlightNumber { get; set; } = string.Empty;
    public DateOnly FlightDate { get; set; }
    public string ExportName { get; set; } = string.Empty;
}

public class RosterViewModel
{
    public string HomeBase { get; set; } = string.Empty;
    public DateOnly DutyDate { get; set; }
    public IReadOnlyList<RosterShift> Shifts { get; set; } = Array.Empty<RosterShift>();
}

public class CrewDirectoryEntry
{
    public string BadgeNumber { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Team { get; set; }
}

public class LoginForm
{
    [Required]
    public string BadgeNumber { get; set; } = string.Empty;

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public class ChangePasswordForm
{
    [Required]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required, MinLength(12)]
    public string NewPassword { get; set; } = string.Empty;
}

public class PasswordResetRequestForm
{
    [Required]
    public string BadgeNumber { get; set; } = string.Empty;
}

public class SlaReportRequest
{
    [Required, StringLength(3, MinimumLength = 2)]
    public string Airline { get; set; } = string.Empty;

    [Range(2000, 2100)]
    public int Year { get; set; }

    [Range(1, 12)]
    public int Month { get; set; }

    public string PaperSize { get; set; } = "A4";

    public string? OutputName { get; set; }
}

public class SlaReportViewModel
{
    public SlaReport Report { get; set; } = new();
    public AirlineProfile Airline { get; set; } = new();
    public IReadOnlyList<SlaBreachRow> Breaches { get; set; } = Array.Empty<SlaBreachRow>();
    public string? SafeWebsiteUrl { get; set; }
}

public class AirlineSettingsForm
{
    public string IataCode { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? WebsiteUrl { get; set; }
    public string? ContactEmail { get; set; }
    public string? PenaltyFormula { get; set; }
    public string? StandardPenaltyScheme { get; set; }
    public string? ReportEmailTemplate { get; set; }
    public int TargetTurnaroundMinutes { get; set; }
}

public class SlaEmailModel
{
    public string AirlineName { get; set; } = string.Empty;
    public string Period { get; set; } = string.Empty;
    public decimal OnTimePercent { get; set; }
    public int BreachCount { get; set; }
    public decimal PenaltyAmount { get; set; }
}
