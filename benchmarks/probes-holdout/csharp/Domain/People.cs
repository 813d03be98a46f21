namespace Larderline.Domain;

public class PartnerCharity
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string CharityNumber { get; set; } = string.Empty;
    public string Region { get; set; } = string.Empty;
    public string ContactName { get; set; } = string.Empty;
    public string ContactEmail { get; set; } = string.Empty;
    public string? Website { get; set; }
    public string? DonationPageUrl { get; set; }
    public string? WebhookUrl { get; set; }
    public string? LogoFile { get; set; }
    public string? About { get; set; }
    public bool Approved { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}

public enum VolunteerRole
{
    Packer,
    Driver,
    Sorter,
    Coordinator,
    Admin
}

public class Volunteer
{
    public int Id { get; set; }
    public string FullName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string? Phone { get; set; }
    public VolunteerRole Role { get; set; } = VolunteerRole.Packer;
    public string? PasswordHash { get; set; }
    public string? PasswordSalt { get; set; }
    public string? HashScheme { get; set; }
    public string? KioskPinHash { get; set; }
    public string? CertificatePath { get; set; }
    public string? InviteToken { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public List<Shift> Shifts { get; set; } = new();
}

public class Shift
{
    public int Id { get; set; }
    public int VolunteerId { get; set; }
    public Volunteer? Volunteer { get; set; }
    public string Site { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
}
