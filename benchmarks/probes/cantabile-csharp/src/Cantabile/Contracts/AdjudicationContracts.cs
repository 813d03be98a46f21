using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Contracts;

public sealed class SubmitScoreSheetRequest
{
    [Required] public int RegistrationId { get; set; }
    [Required] public string Round { get; set; } = "preliminary";
    [Range(0, 25)] public decimal Intonation { get; set; }
    [Range(0, 25)] public decimal Blend { get; set; }
    [Range(0, 20)] public decimal Diction { get; set; }
    [Range(0, 20)] public decimal Interpretation { get; set; }
    [Range(0, 10)] public decimal Repertoire { get; set; }
    [StringLength(4000)] public string? Citation { get; set; }
}

public sealed record ScoreSheetAccepted(int ScoreSheetId, decimal Total);

public sealed class ResultsRequest
{
    [FromRoute(Name = "category")] public string Category { get; set; } = string.Empty;
    [FromQuery(Name = "round")] public string Round { get; set; } = "final";
    [FromQuery(Name = "adjudicator")] public string? AdjudicatorName { get; set; }
}

public sealed class ScoreboardRequest
{
    [FromRoute(Name = "category")] public string Category { get; set; } = string.Empty;
    [FromQuery(Name = "highlight")] public string? Highlight { get; set; }
}

public sealed class AdjudicatorLoginRequest
{
    [Required, EmailAddress] public string Email { get; set; } = string.Empty;
    [Required] public string Password { get; set; } = string.Empty;
    public string? ReturnUrl { get; set; }
}

public sealed class AdjudicatorLookupRequest
{
    [FromQuery(Name = "email")] public string? Email { get; set; }
    [FromQuery(Name = "panel")] public string? Panel { get; set; }
}

public sealed record AdjudicatorProfile(string DisplayName, string Email, string Panel, string? Phone);
