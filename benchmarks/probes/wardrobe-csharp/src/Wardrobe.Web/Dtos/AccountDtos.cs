using System.ComponentModel.DataAnnotations;

namespace Wardrobe.Web.Dtos;

public sealed class LoginForm
{
    [Required]
    public string Login { get; set; } = string.Empty;

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class RegisterRequest
{
    [Required]
    [MaxLength(64)]
    public string Login { get; set; } = string.Empty;

    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Required]
    [MaxLength(120)]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [MinLength(10)]
    public string Password { get; set; } = string.Empty;
}

public sealed class PartnerRegistrationRequest
{
    [Required]
    [MaxLength(64)]
    public string Login { get; set; } = string.Empty;

    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Required]
    [MaxLength(120)]
    public string CompanyName { get; set; } = string.Empty;

    [Required]
    [MaxLength(8)]
    public string PartnerCode { get; set; } = string.Empty;

    [Required]
    [MinLength(8)]
    public string Password { get; set; } = string.Empty;
}

public sealed class PasswordResetRequest
{
    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;
}

public sealed class TokenRequest
{
    [Required]
    public string Login { get; set; } = string.Empty;

    [Required]
    public string Password { get; set; } = string.Empty;
}

public sealed record DirectoryEntryView(string Dn, string? Login, string? DisplayName, string? Email, IReadOnlyList<string> Groups);
