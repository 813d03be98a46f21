using System.ComponentModel.DataAnnotations;
using Larderline.Domain;

namespace Larderline.Contracts;

public sealed class PartnerRegistrationForm
{
    [Required, StringLength(200)]
    public string Name { get; set; } = string.Empty;

    [Required, StringLength(20)]
    public string CharityNumber { get; set; } = string.Empty;

    [Required, StringLength(80)]
    public string Region { get; set; } = string.Empty;

    [Required]
    public string ContactName { get; set; } = string.Empty;

    [Required, EmailAddress]
    public string ContactEmail { get; set; } = string.Empty;

    [StringLength(400)]
    public string? Website { get; set; }

    [StringLength(400)]
    public string? DonationPageUrl { get; set; }

    [StringLength(2000)]
    public string? About { get; set; }
}

public sealed record PartnerProfileViewModel(
    int Id,
    string Name,
    string CharityNumber,
    string Region,
    string ContactName,
    string? Website,
    string? DonationPageLink,
    string? About,
    string? LogoFile,
    bool Approved,
    string? RegisteredName);

public sealed record WebhookUpdateRequest(string Url);

public sealed record AllocationReportRequest(int Year, int Month);

public sealed record AllocationLine(string Category, decimal WeightKg, int Parcels);

public sealed record VolunteerSummary(int Id, string FullName, string Email, DateTimeOffset JoinedAt, decimal TotalHours);

public sealed record VolunteerRosterViewModel(string? Site, IReadOnlyList<VolunteerSummary> Volunteers, IReadOnlyList<Shift> UpcomingShifts);

public sealed record StaffContact(string Name, string Email, string? Phone);

public sealed record KioskPinRequest(string Pin);

public sealed record InviteResponse(int VolunteerId, string InviteLink);

public sealed record HashedPassword(string Hash, string Salt, string Scheme);

public sealed class LoginForm
{
    [Required, EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class SignupForm
{
    [Required, StringLength(120)]
    public string FullName { get; set; } = string.Empty;

    [Required, EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Required, MinLength(10)]
    public string Password { get; set; } = string.Empty;

    public string? InviteToken { get; set; }
}
