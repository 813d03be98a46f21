using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Contracts;

public sealed class CreateRegistrationRequest
{
    [Required, StringLength(120)] public string ChoirName { get; set; } = string.Empty;
    [Required, StringLength(120)] public string DirectorName { get; set; } = string.Empty;
    [Required, EmailAddress] public string DirectorEmail { get; set; } = string.Empty;
    [StringLength(80)] public string HomeTown { get; set; } = string.Empty;
    [Required] public string Category { get; set; } = string.Empty;
    [Range(4, 160)] public int SingerCount { get; set; }
    [Required] public string Conductor { get; set; } = string.Empty;
    public string? Website { get; set; }
    [StringLength(200)] public string? Motto { get; set; }
    public string Locale { get; set; } = "en";
    public string? CallbackUrl { get; set; }
    public string? AccompanistServiceUrl { get; set; }
    public string? GreetingTemplate { get; set; }
}

public sealed record CreateRegistrationResponse(int RegistrationId, int ChoirId, string Status);

public sealed class SearchRegistrationsRequest
{
    [FromQuery(Name = "q")] public string? Text { get; set; }
    [FromQuery(Name = "category")] public string? Category { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "dir")] public string? Direction { get; set; }
    [FromQuery(Name = "page")] public int Page { get; set; } = 1;
}

public sealed record RegistrationSummary(int Id, string ChoirName, string HomeTown, string Category, int SingerCount, string Status, DateTime SubmittedAt);

public sealed class SubmitRecordingRequest
{
    [FromRoute(Name = "id")] public int RegistrationId { get; set; }
    [FromBody] public RecordingBody Body { get; set; } = new();
}

public sealed class RecordingBody
{
    [Required] public string SourceUrl { get; set; } = string.Empty;
    public string OriginalName { get; set; } = "recording.wav";
}

public sealed class WithdrawRecordingRequest
{
    [FromRoute(Name = "id")] public int RegistrationId { get; set; }
    [FromQuery(Name = "file")] public string FileName { get; set; } = string.Empty;
}
