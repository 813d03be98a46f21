namespace Rollcall.Web.Models;

public sealed record StaffMember(
    string? EmployeeNumber,
    string DisplayName,
    string? Email,
    string? Title,
    string? Department,
    string? Phone);

public sealed class StaffAccount
{
    public int Id { get; set; }
    public string Username { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string Role { get; set; } = "teacher";
    public string PasswordHash { get; set; } = string.Empty;
    public string PasswordSalt { get; set; } = string.Empty;
    public int SchoolId { get; set; }
}

public sealed record StaffIdentity(string Subject, string Email, string Name, string Role, int SchoolId);

public sealed record PasswordResetRequest(string Email);

public sealed record PasswordResetConfirmation(string Token, string NewPassword);
