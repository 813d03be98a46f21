using Larderline.Contracts;
using Larderline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Controllers;

[Authorize]
[Route("volunteers")]
public sealed class VolunteersController(VolunteerService volunteers) : Controller
{
    private const string DisplayNameCookie = "ll_display_name";

    [HttpGet("roster")]
    public async Task<IActionResult> Roster([FromQuery] string? site, CancellationToken ct) =>
        View(await volunteers.RosterAsync(site, ct));

    [HttpGet("badge")]
    public IActionResult Badge([FromQuery] string name, [FromQuery] string site, [FromQuery] DateOnly? date)
    {
        var html = volunteers.BuildShiftBadgeHtml(name, site, date ?? DateOnly.FromDateTime(DateTime.Today));
        return Content(html, "text/html; charset=utf-8"); // VULN xss
    }

    [HttpGet("welcome")]
    public IActionResult Welcome([FromQuery] string site)
    {
        var displayName = Request.Cookies[DisplayNameCookie] ?? User.Identity?.Name ?? "friend";
        var html = volunteers.BuildWelcomeHtml(displayName, site);
        return Content(html, "text/html; charset=utf-8"); // SAFE xss
    }

    [HttpGet("coordinators")]
    public IActionResult Coordinators([FromQuery] string q)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length < 2)
        {
            return Json(Array.Empty<StaffContact>());
        }
        return Json(volunteers.SearchCoordinators(q.Trim()));
    }

    [HttpGet("staff")]
    public IActionResult StaffByEmail([FromQuery] string email)
    {
        var contact = volunteers.FindStaffByEmail(email);
        return contact is null ? NotFound() : Json(contact);
    }

    [HttpPost("{id:int}/certificate")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> UploadCertificate(int id, IFormFile certificate, CancellationToken ct)
    {
        if (certificate is null || certificate.Length == 0)
        {
            return BadRequest(new { error = "Attach your food hygiene certificate." });
        }
        var stored = await volunteers.UploadCertificateAsync(id, certificate, ct);
        return stored is null ? NotFound() : Ok(new { stored });
    }

    [HttpPost("{id:int}/kiosk-pin")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> SetKioskPin(int id, [FromBody] KioskPinRequest request, CancellationToken ct) =>
        await volunteers.SetKioskPinAsync(id, request.Pin, ct) ? NoContent() : BadRequest(new { error = "PIN must be 4-8 digits." });

    [HttpGet("{id:int}/hours")]
    public async Task<IActionResult> Hours(int id, CancellationToken ct) =>
        Json(new { volunteerId = id, hours = await volunteers.HoursThisYearAsync(id, ct) });
}
