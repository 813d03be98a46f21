using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[Route("account")]
[AllowAnonymous]
public sealed class AccountController : Controller
{
    private readonly AccountService _accounts;
    private readonly ILogger<AccountController> _logger;

    public AccountController(AccountService accounts, ILogger<AccountController> logger)
    {
        _accounts = accounts;
        _logger = logger;
    }

    [HttpGet("login")]
    public IActionResult Login([FromQuery] string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login([FromForm] LoginForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var member = await _accounts.AuthenticateAsync(form.Login, form.Password, ct);
        if (member is null)
        {
            _logger.LogInformation("Failed sign-in for {Login}", form.Login);
            ModelState.AddModelError(string.Empty, "That login and password did not match.");
            return View(form);
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, BuildPrincipal(member));
        var landing = _accounts.LandingPageFor(member, form.ReturnUrl);
        return Redirect(landing); // VULN redirect
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout([FromForm] string? returnUrl)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl); // SAFE redirect
        }

        return RedirectToAction(nameof(Login));
    }

    [HttpPost("password-reset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PasswordReset([FromForm] PasswordResetRequest request, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            await _accounts.StartPasswordResetAsync(request.Email.Trim(), ct);
        }

        TempData["Status"] = "If that address belongs to an account, a reset link is on its way.";
        return RedirectToAction(nameof(Login));
    }

    private static ClaimsPrincipal BuildPrincipal(Member member)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, member.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, member.Login),
            new("display_name", member.DisplayName),
            new(ClaimTypes.Role, member.IsPartner ? "partner" : "member"),
        };

        if (!string.IsNullOrEmpty(member.StaffRole))
        {
            claims.Add(new Claim(ClaimTypes.Role, member.StaffRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
