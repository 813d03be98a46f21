using System.Security.Claims;
using Fellside.Models;
using Fellside.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fellside.Controllers;

public class AccountController : Controller
{
    private readonly MemberAccountService _accounts;
    private readonly FieldTokenService _tokens;

    public AccountController(MemberAccountService accounts, FieldTokenService tokens)
    {
        _accounts = accounts;
        _tokens = tokens;
    }

    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var member = await _accounts.SignInAsync(form.Callsign, form.Password, ct);
        if (member is null)
        {
            ModelState.AddModelError(string.Empty, "Callsign or password not recognised.");
            return View(form);
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.Name, member.Callsign),
            new Claim(ClaimTypes.Role, member.Role),
            new Claim("display_name", member.DisplayName)
        }, CookieAuthenticationDefaults.AuthenticationScheme);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        if (!string.IsNullOrEmpty(form.ReturnUrl))
        {
            return Redirect(form.ReturnUrl); // VULN redirect
        }

        return RedirectToAction("Index", "Huts");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout(string? returnUrl)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl); // SAFE redirect
        }

        return RedirectToAction("Index", "Huts");
    }

    [HttpGet]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var resetUrl = $"{Request.Scheme}://fellside.org.uk/account/reset-password";
            await _accounts.RequestPasswordResetAsync(form.Email, resetUrl, ct);
        }

        TempData["Flash"] = "If that address belongs to a team member, a reset link is on its way.";
        return RedirectToAction(nameof(Login));
    }

    [Authorize]
    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult FieldToken()
    {
        var callsign = User.Identity!.Name!;
        var team = User.FindFirstValue("team") ?? "NONE";
        var role = User.FindFirstValue(ClaimTypes.Role) ?? "member";
        return Json(new { token = _tokens.Issue(callsign, team, role) });
    }

    [Authorize]
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetPin(string pin, CancellationToken ct)
    {
        var member = await _accounts.FindAsync(User.Identity!.Name!, ct);
        if (member is null)
        {
            return BadRequest();
        }

        await _accounts.SetPinAsync(member, pin, ct);
        return NoContent();
    }
}
