using System.ComponentModel.DataAnnotations;

namespace Rampwise.Web.Models;

public class FuelOrderRequest
{
    [Required]
    public Guid TurnaroundId { get; set; }

    [Required, StringLength(10)]
    public string TailNumber { get; set; } = string.Empty;

    [Required, StringLength(6)]
    public string Stand { get; set; } = string.Empty;

    public string Grade { get; set; } = "JET-A1";

    [Range(100, 200000)]
    public int UpliftLitres { get; set; }

    public string? DeliveryTicketUrl { get; set; }

    public string? Remarks { get; set; }
}

public class FuelOrderAccepted
{
    public Guid OrderId { get; set; }
    public string State { get; set; } = "Requested";
}

public class WebhookRegistration
{
    public string AirlineCode { get; set; } = string.Empty;
    public string CallbackUrl { get; set; } = string.Empty;
    public string? Secret { get; set; }
}

public class PartnerSettings
{
    public string AirlineCode { get; set; } = string.Empty;
    public int TargetTurnaroundMinutes { get; set; }
    public decimal OnTimeTargetPercent { get; set; }
    public List<string> NotifyEmails { get; set; } = new();
    public Dictionary<string, string> DelayCodeMap { get; set; } = new();
    public object? Extensions { get; set; }
}

public class StandAllocationImport
{
    public string Station { get; set; } = string.Empty;
    public List<StandAllocationLine> Lines { get; set; } = new();
}

public class StandAllocationLine
{
    public string Stand { get; set; } = string.Empty;
    public string FlightNumber { get; set; } = string.Empty;
    public DateTime FromUtc { get; set; }
    public DateTime ToUtc { get; set; }
}

public class FeedPreview
{
    public string Source { get; set; } = string.Empty;
    public int StatusCode { get; set; }
    public string ContentType { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
}

public class GroundEventDto
{
    public string Station { get; set; } = string.Empty;
    public string EventType { get; set; } = string.Empty;
    public string TailNumber { get; set; } = string.Empty;
    public DateTime OccurredUtc { get; set; }
    public string? Detail { get; set; }
}
