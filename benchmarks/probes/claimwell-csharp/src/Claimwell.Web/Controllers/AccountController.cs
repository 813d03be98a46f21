using System.Security.Claims;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Controllers;

[AllowAnonymous]
[Route("account")]
public sealed class AccountController : Controller
{
    private readonly BrokerAccountService _brokers;
    private readonly BrokerDirectoryService _directory;
    private readonly IEmailSender _email;
    private readonly ILogger<AccountController> _logger;

    public AccountController(BrokerAccountService brokers, BrokerDirectoryService directory, IEmailSender email, ILogger<AccountController> logger)
    {
        _brokers = brokers;
        _directory = directory;
        _email = email;
        _logger = logger;
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginViewModel form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var principal = form.IsAdjuster ? SignInAdjuster(form) : await SignInBrokerAsync(form, ct);
        if (principal is null)
        {
            ModelState.AddModelError(string.Empty, "The user name or password is incorrect.");
            return View(form);
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);

        if (ReturnUrlValidator.IsSafe(form.ReturnUrl))
        {
            return Redirect(form.ReturnUrl!); // VULN redirect
        }

        return form.IsAdjuster ? RedirectToAction("Board", "Adjuster") : RedirectToAction("Dashboard", "BrokerPortal");
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("invite/{token}")]
    public IActionResult AcceptInvite(string token, string? returnUrl) =>
        View(new AcceptInviteViewModel { ReturnUrl = returnUrl });

    [HttpPost("invite/{token}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AcceptInvite(string token, AcceptInviteViewModel form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var broker = await _brokers.AcceptInviteAsync(token, form.Password, ct);
        if (broker is null)
        {
            ModelState.AddModelError(string.Empty, "This invitation is invalid or has expired.");
            return View(form);
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, BrokerPrincipal(broker));
        return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction("Dashboard", "BrokerPortal"); // SAFE redirect
    }

    [HttpPost("forgot")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgotPassword([FromForm] string email, CancellationToken ct)
    {
        var link = await _brokers.CreatePasswordResetAsync(email, ct);
        if (link is not null)
        {
            await _email.SendAsync(email, "Reset your Claimwell broker password",
                $"<p>Use <a href=\"{link}\">this link</a> within 30 minutes to choose a new password.</p>", ct);
        }

        TempData["Flash"] = "If the address is registered, a reset link is on its way.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("reset")]
    public IActionResult ResetPassword(string token) => View(new ResetPasswordViewModel { Token = token });

    [HttpPost("reset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (!await _brokers.ResetPasswordAsync(form.Token, form.NewPassword, ct))
        {
            ModelState.AddModelError(string.Empty, "This reset link is invalid or has expired.");
            return View(form);
        }

        TempData["Flash"] = "Your password has been changed. Please sign in.";
        return RedirectToAction(nameof(Login));
    }

    private ClaimsPrincipal? SignInAdjuster(LoginViewModel form)
    {
        var person = _directory.FindAdjuster(form.UserName);
        if (person is null || !_directory.VerifyCredentials(person.DistinguishedName, form.Password))
        {
            _logger.LogInformation("Adjuster sign-in failed for {User}", form.UserName);
            return null;
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.Name, form.UserName),
            new Claim(ClaimTypes.Email, person.Email ?? string.Empty),
            new Claim(ClaimTypes.Role, "adjuster")
        }, CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    private async Task<ClaimsPrincipal?> SignInBrokerAsync(LoginViewModel form, CancellationToken ct)
    {
        var broker = await _brokers.AuthenticateAsync(form.UserName, form.Password, ct);
        return broker is null ? null : BrokerPrincipal(broker);
    }

    private static ClaimsPrincipal BrokerPrincipal(Broker broker)
    {
        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.Name, broker.DisplayName),
            new Claim(ClaimTypes.Email, broker.Email),
            new Claim(ClaimTypes.Role, "broker"),
            new Claim("broker_id", broker.Id.ToString()),
            new Claim(TokenService.AgencyClaim, broker.AgencyCode)
        }, CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }
}
