using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;
using Rampwise.Web.Security;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

/// <summary>
/// API used by airline partner systems (webhooks, agreement parameters, stand plans, ground events).
/// </summary>
[ApiController]
[AllowAnonymous]
[EnableCors("PartnerPortal")]
[Route("api/partner")]
public class IntegrationsController : ControllerBase
{
    private readonly IPartnerTokenReader _tokens;
    private readonly IAirlineRepository _airlines;
    private readonly PartnerSettingsImporter _importer;
    private readonly IGroundEventRepository _events;

    public IntegrationsController(IPartnerTokenReader tokens, IAirlineRepository airlines, PartnerSettingsImporter importer, IGroundEventRepository events)
    {
        _tokens = tokens;
        _airlines = airlines;
        _importer = importer;
        _events = events;
    }

    private PartnerIdentity? Partner => _tokens.Read(Request.Headers.Authorization);

    [HttpPut("webhook")]
    public async Task<IActionResult> RegisterWebhook([FromBody] WebhookRegistration registration, CancellationToken ct)
    {
        var partner = Partner;
        if (partner is null || !partner.AirlineCode.Equals(registration.AirlineCode, StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized();
        }

        if (!Uri.TryCreate(registration.CallbackUrl, UriKind.Absolute, out var callback) || (callback.Scheme != Uri.UriSchemeHttps && callback.Scheme != Uri.UriSchemeHttp))
        {
            return ValidationProblem("CallbackUrl must be an absolute http(s) URL");
        }

        var profile = await _airlines.FindAsync(partner.AirlineCode, ct);
        if (profile is null)
        {
            return NotFound();
        }

        profile.WebhookUrl = callback.ToString();
        profile.WebhookSecret = string.IsNullOrEmpty(registration.Secret) ? OneTimeCodes.NewWebhookSecret() : registration.Secret;
        await _airlines.SaveAsync(profile, ct);
        return Ok(new { profile.WebhookUrl, secret = profile.WebhookSecret });
    }

    [HttpPost("agreement")]
    [Consumes("application/json")]
    public async Task<IActionResult> ImportAgreement(CancellationToken ct)
    {
        var partner = Partner;
        if (partner is null || !partner.Scopes.Contains("agreement:write"))
        {
            return Unauthorized();
        }

        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var settings = await _importer.ImportAgreementAsync(partner.AirlineCode, json, ct);
        return Ok(new { settings.AirlineCode, settings.TargetTurnaroundMinutes, settings.OnTimeTargetPercent });
    }

    [HttpPost("stand-plan")]
    [Consumes("application/json")]
    public async Task<IActionResult> ImportStandPlan(CancellationToken ct)
    {
        if (Partner is null)
        {
            return Unauthorized();
        }

        using var reader = new StreamReader(Request.Body);
        var plan = _importer.ImportStandPlan(await reader.ReadToEndAsync(ct));
        return Ok(new { plan.Station, allocations = plan.Lines.Count });
    }

    [HttpPost("events")]
    public async Task<IActionResult> PostGroundEvent([FromBody] GroundEventDto evt, CancellationToken ct)
    {
        if (Partner is null)
        {
            return Unauthorized();
        }

        evt.OccurredUtc = evt.OccurredUtc == default ? DateTime.UtcNow : evt.OccurredUtc.ToUniversalTime();
        await _events.InsertAsync(evt, ct);
        return Accepted();
    }
}
