using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Palletwise.Data;
using Palletwise.Models;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("auth")]
public class AuthController : ControllerBase
{
    private static readonly HashSet<string> StaffRoles = new(StringComparer.Ordinal) { "picker", "receiving", "dispatcher", "supervisor" };

    private readonly PalletwiseDbContext _db;
    private readonly CredentialService _credentials;
    private readonly ILogger<AuthController> _logger;

    public AuthController(PalletwiseDbContext db, CredentialService credentials, ILogger<AuthController> logger)
    {
        _db = db;
        _credentials = credentials;
        _logger = logger;
    }

    [HttpPost("login")]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<IActionResult> Login([FromForm] string userName, [FromForm] string password, [FromQuery] string? returnUrl)
    {
        var account = await _db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == userName);
        if (account is null || !_credentials.VerifyPassword(password, account.PasswordHash))
        {
            return Unauthorized();
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(ClaimTypes.Role, account.Role),
            new Claim("sub", account.Id.ToString()),
        }, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        return Redirect(returnUrl ?? "/"); // VULN redirect
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromQuery] string? returnUrl)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/"); // SAFE redirect
    }

    [HttpPost("staff")]
    [Authorize(Roles = "supervisor")]
    public async Task<IActionResult> RegisterStaff([FromBody] RegisterStaffRequest request)
    {
        if (!StaffRoles.Contains(request.Role) || request.Password.Length < 12)
        {
            return BadRequest(new { error = "invalid role or password too short" });
        }

        _db.StaffAccounts.Add(new StaffAccount { UserName = request.UserName, Role = request.Role, PasswordHash = _credentials.HashPassword(request.Password) });
        await _db.SaveChangesAsync();
        return Created($"/auth/staff/{request.UserName}", null);
    }

    [HttpPost("kiosks")]
    [Authorize(Roles = "supervisor")]
    public async Task<IActionResult> RegisterKiosk([FromBody] LoginRequest request)
    {
        _db.StaffAccounts.Add(new StaffAccount
        {
            UserName = request.UserName,
            Role = "picker",
            IsKiosk = true,
            PasswordHash = _credentials.HashKioskPassword(request.Password),
        });
        await _db.SaveChangesAsync();
        return Created($"/auth/kiosks/{request.UserName}", null);
    }

    [HttpPost("password-reset")]
    public async Task<IActionResult> RequestReset([FromForm] string userName)
    {
        var account = await _db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == userName);
        if (account is not null)
        {
            account.ResetCode = _credentials.CreateResetCode();
            account.ResetCodeExpiresAt = DateTime.UtcNow.AddMinutes(30);
            await _db.SaveChangesAsync();
            _logger.LogInformation("Password reset requested for {User}", userName);
        }

        return Accepted();
    }

    [HttpPost("devices/{deviceId}")]
    [Authorize(Roles = "supervisor")]
    public IActionResult RegisterDevice([FromRoute] string deviceId, [FromQuery] string warehouse)
    {
        var apiKey = _credentials.CreateDeviceApiKey();
        var token = _credentials.IssueDeviceToken(deviceId, warehouse);
        return Ok(new { deviceId, apiKey, token });
    }

    [HttpGet("devices/whoami")]
    public async Task<IActionResult> DeviceWhoAmI([FromHeader(Name = "X-Device-Token")] string token)
    {
        var identity = await _credentials.ValidateDeviceTokenAsync(token);
        if (identity is null)
        {
            return Unauthorized();
        }

        return Ok(new { device = identity.FindFirst("device_id")?.Value, warehouse = identity.FindFirst("warehouse")?.Value });
    }
}
