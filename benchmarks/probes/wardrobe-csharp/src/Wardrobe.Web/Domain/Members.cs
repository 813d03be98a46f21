namespace Wardrobe.Web.Domain;

public sealed class Member
{
    public int Id { get; set; }
    public string Login { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string PasswordSalt { get; set; } = string.Empty;
    public bool IsPartner { get; set; }
    public string? PartnerCode { get; set; }
    public string? StaffRole { get; set; }
    public string? ApiKey { get; set; }
    public string? VerificationCode { get; set; }
    public bool EmailVerified { get; set; }
    public string? ResetToken { get; set; }
    public DateTime? ResetTokenExpiresAt { get; set; }
    public string? DashboardLayoutJson { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class SavedReport
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string OwnerLogin { get; set; } = string.Empty;
    public string Status { get; set; } = RentalStatuses.Collected;
    public string? Category { get; set; }
    public int OverdueDays { get; set; }
    public string Schedule { get; set; } = "none";
    public DateTime CreatedAt { get; set; }
}
