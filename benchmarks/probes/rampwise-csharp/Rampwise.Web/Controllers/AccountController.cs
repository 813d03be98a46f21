using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;
using Rampwise.Web.Security;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Route("account")]
public class AccountController : RampwiseControllerBase
{
    private readonly ICrewAccountService _accounts;
    private readonly ICrewTokenService _tokens;

    public AccountController(ICrewAccountService accounts, ICrewTokenService tokens)
    {
        _accounts = accounts;
        _tokens = tokens;
    }

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login([FromQuery] string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login([FromForm] LoginForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var member = await _accounts.AuthenticateAsync(form.BadgeNumber, form.Password, ct);
        if (member is null)
        {
            ModelState.AddModelError(string.Empty, "Badge number or password is incorrect.");
            return View(form);
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, member.BadgeNumber),
            new Claim(ClaimTypes.Name, member.FullName),
            new Claim(ClaimTypes.Role, member.Role.ToString()),
            new Claim("station", member.HomeBase)
        }, CookieAuthenticationDefaults.AuthenticationScheme);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        if (member.MustChangePassword)
        {
            return RedirectToAction(nameof(ChangePassword));
        }

        return this.ReturnToLocal(form.ReturnUrl, "Index", "Turnarounds");
    }

    [HttpGet("logout")]
    public async Task<IActionResult> Logout([FromQuery] string? next)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect(string.IsNullOrEmpty(next) ? "/account/login" : next); // VULN redirect
    }

    [HttpGet("password")]
    [Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("password")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword([FromForm] ChangePasswordForm form, [FromQuery] string? returnUrl, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var changed = await _accounts.ChangePasswordAsync(CurrentBadge, form.CurrentPassword, form.NewPassword, ct);
        if (!changed)
        {
            ModelState.AddModelError(nameof(form.CurrentPassword), "Current password is incorrect.");
            return View(form);
        }

        TempData["Info"] = "Password changed.";
        return LocalRedirect(returnUrl ?? "/turnarounds"); // SAFE redirect
    }

    [HttpPost("password/reset")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestReset([FromForm] PasswordResetRequestForm form, CancellationToken ct)
    {
        await _accounts.RequestPasswordResetAsync(form.BadgeNumber, ct);
        TempData["Info"] = "If the badge exists, a reset code has been sent to the registered phone.";
        return RedirectToAction(nameof(Login));
    }

    [HttpPost("tablet-pin")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetTabletPin([FromForm] string pin, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(pin) || pin.Length is < 4 or > 8 || !pin.All(char.IsDigit))
        {
            return BadRequest("PIN must be 4-8 digits");
        }

        var hash = await _accounts.SetTabletPinAsync(CurrentBadge, pin, ct);
        return hash is null ? NotFound() : Json(new { synced = true });
    }

    [HttpPost("tablet-token")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> IssueTabletToken([FromForm] string stand, [FromServices] Repositories.ICrewRepository crew, CancellationToken ct)
    {
        var member = await crew.FindByBadgeAsync(CurrentBadge, ct);
        if (member is null)
        {
            return Forbid();
        }
        return Json(new { token = _tokens.IssueTabletToken(member, stand.ToUpperInvariant()) });
    }

    [HttpGet("tablet-token/check")]
    [AllowAnonymous]
    public IActionResult CheckTabletToken([FromHeader(Name = "X-Tablet-Token")] string token)
    {
        var principal = _tokens.ValidateTabletToken(token);
        if (principal is null)
        {
            return Unauthorized();
        }
        return Json(new { badge = principal.FindFirstValue(ClaimTypes.NameIdentifier), stand = principal.FindFirstValue("stand") });
    }
}
