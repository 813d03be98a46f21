using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Config;
using Rollcall.Web.Data;
using Rollcall.Web.Models;
using Rollcall.Web.Services;
using Rollcall.Web.Util;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("account")]
public sealed class AccountController : RollcallControllerBase
{
    private readonly StaffSsoClient _sso;
    private readonly PortalLinks _links;
    private readonly TokenService _tokens;
    private readonly PasswordService _passwords;
    private readonly RollcallDbContext _db;
    private readonly Mailer _mailer;
    private readonly ILogger<AccountController> _logger;

    public AccountController(
        StaffSsoClient sso,
        PortalLinks links,
        TokenService tokens,
        PasswordService passwords,
        RollcallDbContext db,
        Mailer mailer,
        ILogger<AccountController> logger)
    {
        _sso = sso;
        _links = links;
        _tokens = tokens;
        _passwords = passwords;
        _db = db;
        _mailer = mailer;
        _logger = logger;
    }

    [HttpGet("sso/start")]
    [AllowAnonymous]
    public IActionResult StartSso([FromQuery] string? returnUrl)
    {
        return Redirect(_sso.BuildAuthorizeUrl(returnUrl ?? "/"));
    }

    [HttpGet("sso/callback")]
    [AllowAnonymous]
    public async Task<IActionResult> SsoCallback([FromQuery] string code, [FromQuery(Name = "state")] string? returnTo, CancellationToken ct)
    {
        var identity = await _sso.ExchangeCodeAsync(code, ct);
        if (identity is null)
        {
            return Unauthorized();
        }

        var account = await _db.StaffAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Email == identity.Email, ct);
        if (account is null)
        {
            _logger.LogWarning("SSO login for {Email} has no staff account", identity.Email);
            return Forbid();
        }

        var claims = new List<Claim>
        {
            new("sub", account.Id.ToString(CultureInfo.InvariantCulture)),
            new("name", account.DisplayName),
            new("email", account.Email),
            new("role", account.Role),
            new("school", account.SchoolId.ToString(CultureInfo.InvariantCulture)),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSetup.StaffCookieScheme, "name", "role"));
        await HttpContext.SignInAsync(AuthSetup.StaffCookieScheme, principal);

        return Redirect(_links.ResolvePostLogin(returnTo)); // VULN redirect
    }

    [HttpPost("logout")]
    [Authorize(Policy = AuthSetup.StaffPolicy)]
    public async Task<IActionResult> Logout([FromForm] string? returnUrl)
    {
        await HttpContext.SignOutAsync(AuthSetup.StaffCookieScheme);
        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
        {
            return Redirect(returnUrl); // SAFE redirect
        }

        return Redirect("/");
    }

    [HttpPost("token")]
    [Authorize(Policy = AuthSetup.StaffPolicy)]
    public IActionResult Token()
    {
        var identity = new StaffIdentity(
            User.FindFirst("sub")!.Value,
            User.FindFirst("email")?.Value ?? string.Empty,
            User.FindFirst("name")?.Value ?? string.Empty,
            User.FindFirst("role")?.Value ?? "teacher",
            int.TryParse(CurrentSchool, NumberStyles.None, CultureInfo.InvariantCulture, out var school) ? school : 0);
        return Ok(new { accessToken = _tokens.CreateAccessToken(identity) });
    }

    [HttpPost("password-reset")]
    [AllowAnonymous]
    public async Task<IActionResult> RequestPasswordReset([FromBody] PasswordResetRequest request, CancellationToken ct)
    {
        var account = await _db.StaffAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Email == request.Email.Trim().ToLower(), ct);
        if (account is not null)
        {
            var token = _tokens.CreatePasswordResetToken(account.Id);
            await _mailer.SendPasswordResetAsync(account.Email, token, ct);
            _logger.LogInformation("Password reset issued for staff {StaffId}", account.Id);
        }

        return Accepted();
    }

    [HttpPost("password-reset/confirm")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmPasswordReset([FromBody] PasswordResetConfirmation confirmation, CancellationToken ct)
    {
        var validated = _tokens.ValidatePasswordResetToken(confirmation.Token);
        if (validated is null)
        {
            return BadRequest(new { error = "The reset link is invalid or has expired." });
        }

        if (!PasswordService.MeetsPolicy(confirmation.NewPassword))
        {
            return BadRequest(new { error = "Passwords need 12+ characters with upper, lower case and digits." });
        }

        var account = await _db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == validated.Value.StaffId, ct);
        if (account is null)
        {
            return BadRequest(new { error = "The reset link is invalid or has expired." });
        }

        var (hash, salt) = _passwords.HashStaffPassword(confirmation.NewPassword);
        account.PasswordHash = hash;
        account.PasswordSalt = salt;
        await _db.SaveChangesAsync(ct);
        return NoContent();
    }
}
