using System.ComponentModel.DataAnnotations;
using Fellside.Domain;
using Fellside.Dtos;
using Fellside.Services;

namespace Fellside.Models;

public sealed class HutIndexViewModel
{
    public string? Region { get; init; }
    public IReadOnlyList<HutListItem> Huts { get; init; } = Array.Empty<HutListItem>();
}

public sealed class HutDetailsViewModel
{
    public required Hut Hut { get; init; }
    public IReadOnlyList<RouteInfo> Routes { get; init; } = Array.Empty<RouteInfo>();
    public int BedsFreeTonight { get; init; }
}

public sealed class HutEditForm
{
    [Required, StringLength(8000)]
    public string Description { get; set; } = string.Empty;

    [StringLength(300)]
    public string? Website { get; set; }

    [StringLength(300)]
    public string? WeatherStationUrl { get; set; }

    [Required, StringLength(60)]
    public string Region { get; set; } = string.Empty;

    [Range(1, 200)]
    public int Beds { get; set; }

    [Range(0, 500)]
    public decimal NightlyRate { get; set; }
}

public sealed class HutConditionsViewModel
{
    public required string HutName { get; init; }
    public required HutConditions Conditions { get; init; }
}

public sealed class CalloutLogViewModel
{
    public required Callout Callout { get; init; }
    public IReadOnlyList<string> Responders { get; init; } = Array.Empty<string>();
}

public sealed class LoginForm
{
    [Required]
    public string Callsign { get; set; } = string.Empty;

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordForm
{
    [Required, EmailAddress]
    public string Email { get; set; } = string.Empty;
}
