using System.Globalization;
using System.Security.Claims;
using Larderline.Contracts;
using Larderline.Security;
using Larderline.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Controllers;

[Route("account")]
public sealed class AccountController(VolunteerService volunteers, ILogger<AccountController> logger) : Controller
{
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

        var volunteer = await volunteers.AuthenticateAsync(form.Email.Trim().ToLowerInvariant(), form.Password, ct);
        if (volunteer is null)
        {
            ModelState.AddModelError(string.Empty, "Email or password is incorrect.");
            return View(form);
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, volunteer.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, volunteer.FullName),
            new Claim(ClaimTypes.Email, volunteer.Email),
            new Claim(ClaimTypes.Role, volunteer.Role.ToString()),
        }, CookieAuthenticationDefaults.AuthenticationScheme);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        Response.Cookies.Append("ll_display_name", volunteer.FullName, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });
        logger.LogInformation("Volunteer {Id} signed in", volunteer.Id);

        if (ReturnUrls.LooksLocal(form.ReturnUrl))
        {
            return Redirect(form.ReturnUrl!); // VULN redirect
        }
        return RedirectToAction("Index", "Donations");
    }

    [HttpPost("signup")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Signup([FromForm] SignupForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Login", new LoginForm { Email = form.Email });
        }
        await volunteers.SignUpAsync(form, ct);
        TempData["Flash"] = "Thanks for signing up - a coordinator will confirm your first shift.";
        return RedirectToAction(nameof(Login));
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout([FromForm] string? returnUrl)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        Response.Cookies.Delete("ll_display_name");
        if (Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl); // SAFE redirect
        }
        return RedirectToAction(nameof(Login));
    }
}
