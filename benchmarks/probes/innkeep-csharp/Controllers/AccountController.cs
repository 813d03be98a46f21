using System.Security.Claims;
using Innkeep.Data;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Controllers;

[Route("account")]
public class AccountController(InnkeepDbContext db, PasswordHasher hasher, TokenService tokens, EmailSender emailSender) : Controller
{
    private static readonly HashSet<string> SupportedCultures = new(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES"], StringComparer.OrdinalIgnoreCase);

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromForm] LoginForm form, [FromQuery] string? returnUrl)
    {
        var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == form.UserName);
        if (account is null || !hasher.Verify(form.Password, account.PasswordHash))
            return Unauthorized(new { error = "Invalid user name or password." });

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(ClaimTypes.Role, account.Role),
        }, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        if (Url.IsLocalUrl(returnUrl))
            return Redirect(returnUrl); // SAFE redirect
        return LocalRedirect("/reservations/search");
    }

    [Authorize]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromForm] string? returnUrl)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl); // SAFE redirect
    }

    [HttpGet("language")]
    public IActionResult SetLanguage([FromQuery] string culture)
    {
        var selected = SupportedCultures.Contains(culture) ? culture : "en-US";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(selected)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true });
        var next = Request.Query["next"].ToString();
        return Redirect(string.IsNullOrEmpty(next) ? "/" : next); // VULN redirect
    }

    [HttpPost("password/forgot")]
    public async Task<IActionResult> ForgotPassword([FromForm] string email)
    {
        var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.Email == email);
        if (account is not null)
        {
            account.ResetCode = tokens.CreatePasswordResetCode();
            account.ResetCodeExpiresUtc = DateTime.UtcNow.AddMinutes(30);
            await db.SaveChangesAsync();
            await emailSender.SendAsync(account.Email, "Innkeep password reset", $"Your reset code is {account.ResetCode}. It expires in 30 minutes.");
        }
        return Ok(new { message = "If the address is registered, a reset code has been sent." });
    }

    [Authorize]
    [HttpPost("password/change")]
    public async Task<IActionResult> ChangePassword([FromForm] ChangePasswordForm form)
    {
        var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == User.Identity!.Name);
        if (account is null || !hasher.Verify(form.CurrentPassword, account.PasswordHash))
            return BadRequest(new { error = "Current password is incorrect." });
        if (form.NewPassword.Length < 12)
            return BadRequest(new { error = "Passwords must be at least 12 characters." });
        ApplyNewPassword(account, form.NewPassword);
        await db.SaveChangesAsync();
        return NoContent();
    }

    private void ApplyNewPassword(StaffAccount account, string newPassword)
    {
        account.PasswordHash = hasher.Hash(newPassword);
        account.LegacyPmsPassword = hasher.LegacyPmsDigest(newPassword);
    }
}
