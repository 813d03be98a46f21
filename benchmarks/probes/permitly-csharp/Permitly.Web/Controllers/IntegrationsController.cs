using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Services;
using Permitly.Web.Utilities;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/integrations")]
public sealed class IntegrationsController(ZoningRulesService zoning, CountyGisClient gis) : ControllerBase
{
    [HttpGet("zoning/{district}/max-height")]
    public IActionResult MaxHeight([FromRoute] string district) =>
        zoning.MaxHeightFor(district) is { } height ? Ok(new { district, maxHeightFeet = height }) : NotFound();

    [HttpGet("zoning/{district}/setbacks")]
    public IActionResult Setbacks([FromRoute] string district)
    {
        if (!InputFormats.IsDistrictCode(district))
            return BadRequest("District codes look like R-1 or MU-12.");
        return Ok(new { district, rules = zoning.SetbackRuleCount(district) });
    }

    [HttpPost("zoning/overlays")]
    [Authorize(Roles = "planning")]
    [RequestSizeLimit(5 * 1024 * 1024)]
    public IActionResult ImportOverlay(IFormFile overlay)
    {
        using var stream = overlay.OpenReadStream();
        return Ok(zoning.ImportOverlay(stream));
    }

    [HttpPost("zoning/overlays/validate")]
    [RequestSizeLimit(5 * 1024 * 1024)]
    public IActionResult ValidateOverlay(IFormFile overlay)
    {
        using var stream = overlay.OpenReadStream();
        return Ok(zoning.ValidateOverlay(stream));
    }

    [HttpGet("gis/layer")]
    public async Task<IActionResult> Layer([FromQuery] string url, CancellationToken ct)
    {
        try
        {
            return Content(await gis.GetLayerAsync(url, ct), "application/json");
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }
}
