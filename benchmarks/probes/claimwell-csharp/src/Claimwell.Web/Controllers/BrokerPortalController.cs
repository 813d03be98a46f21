using System.Security.Claims;
using Claimwell.Web.Data;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Controllers;

[Authorize(Policy = "Broker")]
[Route("broker")]
public sealed class BrokerPortalController : Controller
{
    private static readonly IReadOnlySet<string> TemplateExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".docx", ".pdf", ".xml" };

    private readonly PolicyRepository _policies;
    private readonly TokenService _tokens;
    private readonly WebhookNotifier _webhooks;
    private readonly PortalSessionService _sessions;
    private readonly ClaimNotificationService _notifications;
    private readonly BrokerAccountService _accounts;
    private readonly string _templatesRoot;

    public BrokerPortalController(
        PolicyRepository policies,
        TokenService tokens,
        WebhookNotifier webhooks,
        PortalSessionService sessions,
        ClaimNotificationService notifications,
        BrokerAccountService accounts,
        IOptions<StorageOptions> storage,
        IWebHostEnvironment environment)
    {
        _policies = policies;
        _tokens = tokens;
        _webhooks = webhooks;
        _sessions = sessions;
        _notifications = notifications;
        _accounts = accounts;
        _templatesRoot = Path.Combine(environment.ContentRootPath, storage.Value.BrokerTemplatesRoot);
    }

    [HttpGet("")]
    public async Task<IActionResult> Dashboard(CancellationToken ct)
    {
        var context = Request.Cookies[TokenService.BrokerContextCookie];
        var agencyCode = context is null ? User.FindFirstValue(TokenService.AgencyClaim) : _tokens.ReadAgencyCode(context);
        if (string.IsNullOrEmpty(agencyCode))
        {
            return Forbid();
        }

        var policies = await _policies.ListForAgencyAsync(agencyCode, ct);
        return View(new BrokerDashboardViewModel
        {
            AgencyCode = agencyCode,
            BrokerName = User.Identity?.Name ?? agencyCode,
            Policies = policies,
            PartnerPortals = _sessions.PartnerPortals
        });
    }

    [AllowAnonymous]
    [HttpGet("sso")]
    public async Task<IActionResult> Sso(string token)
    {
        var principal = _tokens.ValidateSsoToken(token);
        var agency = principal?.FindFirstValue(TokenService.AgencyClaim);
        if (principal is null || string.IsNullOrEmpty(agency))
        {
            return Unauthorized();
        }

        var broker = new Broker
        {
            Id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
            AgencyCode = agency,
            DisplayName = principal.FindFirstValue(ClaimTypes.Name) ?? agency
        };

        var identity = new ClaimsIdentity(principal.Claims.Append(new Claim(ClaimTypes.Role, "broker")), CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        Response.Cookies.Append(TokenService.BrokerContextCookie, _tokens.IssueBrokerContext(broker), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromHours(8)
        });

        return RedirectToAction(nameof(Dashboard));
    }

    [HttpPost("webhook/test")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TestWebhook([FromForm] string callbackUrl, CancellationToken ct)
    {
        var agency = User.FindFirstValue(TokenService.AgencyClaim) ?? "unknown";
        var result = await _webhooks.SendTestAsync(callbackUrl, agency, ct);
        return Json(result);
    }

    [HttpGet("partners/{key}")]
    public IActionResult Partner(string key)
    {
        if (!_sessions.TryGetPartnerPortal(key, out var url))
        {
            return NotFound();
        }

        return Redirect(url); // SAFE redirect
    }

    [HttpGet("templates/{name}")]
    public IActionResult Template(string name)
    {
        var fileName = Path.GetFileName(name);
        if (string.IsNullOrEmpty(fileName) || !TemplateExtensions.Contains(Path.GetExtension(fileName)))
        {
            return NotFound();
        }

        var fullPath = Path.Combine(_templatesRoot, fileName);
        if (!System.IO.File.Exists(fullPath))
        {
            return NotFound();
        }

        return PhysicalFile(fullPath, DocumentService.ContentTypeFor(fileName), fileName); // SAFE path
    }

    [HttpPost("claims/{claimId:guid}/acknowledge")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Acknowledge(Guid claimId, AcknowledgementForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        await _notifications.RequestAcknowledgementAsync(claimId, User.Identity?.Name ?? "Your broker", form.PersonalNote, ct);
        TempData["Flash"] = "The claimant will receive an acknowledgement shortly.";
        return RedirectToAction(nameof(Dashboard));
    }

    [HttpPost("invites")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Invite([FromForm] string email, [FromForm] string displayName, CancellationToken ct)
    {
        var agency = User.FindFirstValue(TokenService.AgencyClaim);
        if (string.IsNullOrEmpty(agency))
        {
            return Forbid();
        }

        var link = await _accounts.CreateInviteAsync(agency, email.Trim(), displayName.Trim(), ct);
        return Json(new { invitation = link });
    }

    [AllowAnonymous]
    [HttpGet("logout")]
    public async Task<IActionResult> Logout(string? next)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        Response.Cookies.Delete(TokenService.BrokerContextCookie);
        return Redirect(_sessions.ResolvePostLogoutTarget(next)); // VULN redirect
    }
}
