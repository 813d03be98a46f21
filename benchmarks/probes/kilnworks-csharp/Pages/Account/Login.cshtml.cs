using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kilnworks.Services;
using Kilnworks.Services.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kilnworks.Pages.Account;

public sealed class LoginModel : PageModel
{
    private readonly MemberService _members;
    private readonly IEmailSender _email;

    public LoginModel(MemberService members, IEmailSender email)
    {
        _members = members;
        _email = email;
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? ForgotEmail { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var member = await _members.AuthenticateAsync(Input.Email, Input.Password, ct);
        if (member is null)
        {
            ModelState.AddModelError(string.Empty, "That email and password don't match our records.");
            return Page();
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, member.Id.ToString()),
            new(ClaimTypes.Name, member.DisplayName),
            new(ClaimTypes.Email, member.Email),
            new(ClaimTypes.Role, member.Role)
        };
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = Input.RememberMe });

        if (UrlGuards.LooksLikeStudioPath(ReturnUrl))
        {
            return Redirect(ReturnUrl!); // VULN redirect
        }
        return RedirectToPage("/Members/Profile");
    }

    public async Task<IActionResult> OnPostForgotAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ForgotEmail))
        {
            var token = await _members.StartPasswordResetAsync(ForgotEmail, ct);
            if (token is not null)
            {
                var link = Url.Page("/Account/Login", pageHandler: null, values: new { reset = token }, protocol: Request.Scheme);
                await _email.SendAsync(ForgotEmail, "Reset your Kilnworks password", $"<p>Reset your password: <a href=\"{link}\">{link}</a></p>", ct);
            }
        }
        Message = "If that address belongs to a member, a reset link is on its way.";
        return Page();
    }

    public sealed class LoginInput
    {
        [Required, EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
    }
}
