namespace Returnly.Controllers;

[ApiController]
[Route("account")]
public sealed class AccountController(AccountService accounts, TokenService tokens, ILogger<AccountController> logger) : ControllerBase
{
    private const string SessionCookie = "returnly_session";
    private const string ResumeCookie = "returnly_resume";

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromForm] string email, [FromForm] string password, [FromQuery] string? returnUrl, CancellationToken ct)
    {
        var user = await accounts.AuthenticateAsync(email, password, ct);
        if (user is null) return Unauthorized();
        Response.Cookies.Append(SessionCookie, tokens.IssuePortalToken(user), new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });
        if (!string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/'))
        {
            return Redirect(returnUrl); // VULN redirect
        }
        return Redirect("/portal");
    }

    [HttpGet("logout")]
    public IActionResult Logout([FromQuery] string? returnUrl)
    {
        Response.Cookies.Delete(SessionCookie);
        return LocalRedirect(string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl); // SAFE redirect
    }

    [HttpGet("sso/complete")]
    public IActionResult SsoComplete([FromQuery] string? next)
    {
        var target = next is not null && Url.IsLocalUrl(next) ? next : "/backoffice";
        return Redirect(target); // SAFE redirect
    }

    // Links in customer e-mails go through here so the portal can bring them back after login.
    [HttpGet("start")]
    public IActionResult Start([FromQuery] string resume)
    {
        Response.Cookies.Append(ResumeCookie, resume, new CookieOptions { HttpOnly = true, Secure = true, MaxAge = TimeSpan.FromMinutes(30) });
        return Redirect("/portal/login");
    }

    [HttpGet("resume")]
    public IActionResult Resume()
    {
        var target = Request.Cookies[ResumeCookie];
        Response.Cookies.Delete(ResumeCookie);
        return Redirect(string.IsNullOrEmpty(target) ? "/portal" : target); // VULN redirect
    }

    [HttpPost("register")]
    public async Task<IActionResult> Register([FromForm] string email, [FromForm] string password, CancellationToken ct)
    {
        if (password.Length < 10) return BadRequest("Passwords need at least 10 characters");
        var user = await accounts.RegisterAsync(email, password, ct);
        return Created($"/account/{user.Id}", new { user.Id });
    }

    [HttpPost("password-reset")]
    public async Task<IActionResult> RequestPasswordReset([FromForm] string email, CancellationToken ct)
    {
        if (await accounts.FindByEmailAsync(email, ct) is { } user)
        {
            await accounts.StoreResetTokenAsync(user, tokens.CreatePasswordResetToken(), ct);
            logger.LogInformation("Password reset requested for {UserId}", user.Id);
        }
        return Accepted();
    }

    [HttpPost("kiosk/enrol")]
    [Authorize(Policy = "Supervisor")]
    public async Task<IActionResult> EnrolKiosk([FromForm] string badgeId, [FromForm] string warehouse, [FromForm] string password, CancellationToken ct)
    {
        await accounts.EnrolKioskAsync(badgeId, warehouse, password, ct);
        return NoContent();
    }

    [HttpPost("partners/{carrierCode}/token")]
    [Authorize(Policy = "Supervisor")]
    public IActionResult PartnerToken([FromRoute] string carrierCode) =>
        Ok(new { access_token = tokens.IssuePartnerToken(carrierCode), expires_in = 43200 });
}
