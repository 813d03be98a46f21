using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Config;
using Rollcall.Web.Services;

namespace Rollcall.Web.Pages.Portal;

public sealed class LoginModel : PageModel
{
    private readonly GuardianService _guardians;
    private readonly ILogger<LoginModel> _logger;

    public LoginModel(GuardianService guardians, ILogger<LoginModel> logger)
    {
        _guardians = guardians;
        _logger = logger;
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var guardian = await _guardians.VerifyPinAsync(Input.Email, Input.Pin, ct);
        if (guardian is null)
        {
            _logger.LogInformation("Failed portal sign-in");
            ErrorMessage = "That email and PIN do not match our records.";
            return Page();
        }

        var claims = new List<Claim>
        {
            new("gid", guardian.Id.ToString()),
            new("email", guardian.Email),
            new("name", $"{guardian.GivenName} {guardian.Surname}"),
        };
        claims.AddRange(guardian.StudentIds.Select(id => new Claim("student", id.ToString(CultureInfo.InvariantCulture))));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSetup.PortalScheme, "name", "role"));
        await HttpContext.SignInAsync(AuthSetup.PortalScheme, principal);

        if (!string.IsNullOrEmpty(ReturnUrl) && ReturnUrl.StartsWith('/'))
        {
            return Redirect(ReturnUrl); // VULN redirect
        }

        return RedirectToPage("/Portal/Index");
    }

    public sealed class LoginInput
    {
        [Required]
        [EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required]
        [StringLength(8, MinimumLength = 4)]
        public string Pin { get; set; } = string.Empty;
    }
}
