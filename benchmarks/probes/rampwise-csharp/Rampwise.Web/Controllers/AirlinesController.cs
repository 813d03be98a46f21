using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Domain;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Controllers;

[Authorize(Roles = "TeamLead")]
[Route("airlines")]
public class AirlinesController : RampwiseControllerBase
{
    private readonly IAirlineRepository _airlines;

    public AirlinesController(IAirlineRepository airlines)
    {
        _airlines = airlines;
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Profile([FromRoute] string code, CancellationToken ct)
    {
        var airline = await _airlines.FindAsync(code, ct);
        return airline is null ? NotFound() : View(airline);
    }

    [HttpPost("{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update([FromRoute] string code, [FromForm] AirlineSettingsForm form, [FromQuery] string? returnUrl, CancellationToken ct)
    {
        var airline = await _airlines.FindAsync(code, ct) ?? new AirlineProfile { IataCode = code.ToUpperInvariant() };

        airline.Name = form.Name.Trim();
        airline.WebsiteUrl = string.IsNullOrWhiteSpace(form.WebsiteUrl) ? null : form.WebsiteUrl.Trim();
        airline.ContactEmail = form.ContactEmail;
        airline.PenaltyFormula = string.IsNullOrWhiteSpace(form.PenaltyFormula) ? null : form.PenaltyFormula;
        airline.StandardPenaltyScheme = form.StandardPenaltyScheme;
        airline.ReportEmailTemplate = string.IsNullOrWhiteSpace(form.ReportEmailTemplate) ? null : form.ReportEmailTemplate;
        if (form.TargetTurnaroundMinutes is > 15 and < 300)
        {
            airline.TargetTurnaroundMinutes = form.TargetTurnaroundMinutes;
        }

        await _airlines.SaveAsync(airline, ct);
        TempData["Info"] = $"Settings for {airline.IataCode} saved.";
        return this.ReturnToLocal(returnUrl, nameof(Profile), "Airlines");
    }
}
