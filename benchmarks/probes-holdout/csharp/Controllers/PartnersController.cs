using Larderline.Contracts;
using Larderline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Controllers;

[Route("partners")]
public sealed class PartnersController(PartnerService partners, ILogger<PartnersController> logger) : Controller
{
    [HttpGet("register")]
    [AllowAnonymous]
    public IActionResult Register() => View(new PartnerRegistrationForm());

    [HttpPost("register")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register([FromForm] PartnerRegistrationForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var partner = await partners.RegisterAsync(form, ct);
        return RedirectToAction(nameof(Profile), new { id = partner.Id });
    }

    [HttpGet("{id:int}")]
    [AllowAnonymous]
    public async Task<IActionResult> Profile(int id, CancellationToken ct)
    {
        var model = await partners.GetProfileAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("logos/{name}")]
    [AllowAnonymous]
    [ResponseCache(Duration = 3600)]
    public IActionResult Logo(string name)
    {
        if (name.Contains("..", StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
        {
            return BadRequest();
        }

        // Logos uploaded through the old portal were stored with percent-encoded names.
        var fileName = Uri.UnescapeDataString(name);
        try
        {
            return File(partners.OpenLogo(fileName), fileName.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png");
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet("{id:int}/delivery-notes/{fileName}")]
    [Authorize]
    public IActionResult DeliveryNote(int id, string fileName)
    {
        try
        {
            return File(partners.OpenDeliveryNote(id, fileName), "application/octet-stream", fileName);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning("Rejected delivery note request {FileName}: {Message}", fileName, ex.Message);
            return BadRequest();
        }
    }

    [HttpPost("delivery-notes/convert")]
    [Authorize(Roles = "Coordinator,Admin")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ConvertNote([FromForm] string fileName, CancellationToken ct)
    {
        try
        {
            var pdf = await partners.ConvertDeliveryNoteAsync(fileName, ct);
            return Ok(new { pdf });
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    [HttpPost("{id:int}/webhook/test")]
    [Authorize(Roles = "Coordinator,Admin")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TestWebhook(int id, [FromForm] string url, CancellationToken ct)
    {
        var status = await partners.SendTestPingAsync(id, url, ct);
        return status is null
            ? BadRequest(new { error = "Webhook host is not on the approved list." })
            : Ok(new { status });
    }
}
