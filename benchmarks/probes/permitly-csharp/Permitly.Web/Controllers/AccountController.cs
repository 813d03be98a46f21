using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Data;
using Permitly.Web.Models;
using Permitly.Web.Security;

namespace Permitly.Web.Controllers;

[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(AccountRepository accounts, PasswordService passwords, CodeGenerator codes) : Controller
{
    [HttpPost("register")]
    public async Task<IActionResult> Register([FromForm] ContractorRegistration registration)
    {
        if (!ModelState.IsValid || await accounts.FindContractorAsync(registration.Email) is not null)
            return View(registration);
        await accounts.CreateContractorAsync(registration, passwords.HashContractorPassword(registration.Password));
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("login")]
    public IActionResult Login([FromQuery] string? returnUrl) => View(model: returnUrl);

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl)
    {
        var account = await accounts.FindContractorAsync(email);
        if (account is null || !passwords.VerifyContractorPassword(password, account.PasswordHash))
        {
            ModelState.AddModelError("", "Email or password is incorrect.");
            return View(model: returnUrl);
        }
        await SignInAsync(account.Email, "contractor");
        return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : RedirectToPage("/Notices/Compose"); // SAFE redirect
    }

    [HttpPost("staff/login")]
    public async Task<IActionResult> StaffLogin([FromForm] string login, [FromForm] string password, [FromForm] string? returnUrl)
    {
        var stored = await accounts.FindStaffHashAsync(login);
        if (stored is null || !passwords.VerifyStaffPassword(password, stored))
            return Unauthorized();
        await SignInAsync(login, "staff");
        return LocalRedirect(string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl); // SAFE redirect
    }

    [HttpPost("staff/password")]
    [Authorize(Roles = "staff")]
    public async Task<IActionResult> ChangeStaffPassword([FromForm] string newPassword)
    {
        if (newPassword.Length < 14)
            return BadRequest("Staff passwords must be at least 14 characters.");
        await accounts.SetStaffHashAsync(User.Identity!.Name!, passwords.HashStaffPassword(newPassword));
        return NoContent();
    }

    [HttpGet("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var next = Request.Query["next"].ToString();
        return Redirect(string.IsNullOrEmpty(next) ? "/" : next); // VULN redirect
    }

    [HttpPost("forgot")]
    public async Task<IActionResult> ForgotPassword([FromForm] string email)
    {
        if (await accounts.FindContractorAsync(email) is { } account)
            await accounts.StoreResetCodeAsync(account.Email, codes.NewPasswordResetCode(), DateTime.UtcNow.AddHours(2));
        return View("ForgotPasswordSent");
    }

    private Task SignInAsync(string name, string role)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], CookieAuthenticationDefaults.AuthenticationScheme);
        return HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }
}
