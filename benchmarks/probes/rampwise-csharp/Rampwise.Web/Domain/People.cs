namespace Rampwise.Web.Domain;

public enum CrewRole
{
    RampAgent,
    Loader,
    PushbackDriver,
    Dispatcher,
    TeamLead,
    FuelOperator
}

public class CrewMember
{
    public int Id { get; set; }
    public string BadgeNumber { get; set; } = string.Empty;
    public string FullName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string HomeBase { get; set; } = string.Empty;
    public CrewRole Role { get; set; }
    public string PasswordHash { get; set; } = string.Empty;
    public string? PasswordSalt { get; set; }
    public bool MustChangePassword { get; set; }
    public string? ResetCode { get; set; }
    public DateTime? ResetCodeExpiresUtc { get; set; }
    public List<string> Qualifications { get; set; } = new();
}

public class RosterShift
{
    public int Id { get; set; }
    public int CrewMemberId { get; set; }
    public string BadgeNumber { get; set; } = string.Empty;
    public string FullName { get; set; } = string.Empty;
    public DateOnly DutyDate { get; set; }
    public TimeOnly StartLocal { get; set; }
    public TimeOnly EndLocal { get; set; }
    public string Team { get; set; } = string.Empty;
    public CrewRole Role { get; set; }
}

public class AirlineProfile
{
    public int Id { get; set; }
    public string IataCode { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? WebsiteUrl { get; set; }
    public string? ContactEmail { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public string? PenaltyFormula { get; set; }
    public string? StandardPenaltyScheme { get; set; }
    public string? ReportEmailTemplate { get; set; }
    public int TargetTurnaroundMinutes { get; set; } = 45;
    public decimal OnTimeTargetPercent { get; set; } = 85m;
}

public class SlaReport
{
    public int Id { get; set; }
    public string AirlineCode { get; set; } = string.Empty;
    public int Year { get; set; }
    public int Month { get; set; }
    public int TurnaroundCount { get; set; }
    public int OnTimeCount { get; set; }
    public int BreachCount { get; set; }
    public decimal PenaltyAmount { get; set; }
    public string? PdfFileName { get; set; }
    public DateTime GeneratedUtc { get; set; }

    public decimal OnTimePercent => TurnaroundCount == 0 ? 100m : Math.Round(100m * OnTimeCount / TurnaroundCount, 1);
}

public class SlaBreachRow
{
    public Guid TurnaroundId { get; set; }
    public string FlightNumber { get; set; } = string.Empty;
    public DateTime ScheduledOffBlockUtc { get; set; }
    public DateTime ActualOffBlockUtc { get; set; }
    public int DelayMinutes { get; set; }
    public string? DelayCode { get; set; }
}
