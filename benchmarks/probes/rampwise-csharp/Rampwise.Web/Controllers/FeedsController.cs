using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize(Roles = "TeamLead,Dispatcher")]
[Route("feeds")]
public class FeedsController : RampwiseControllerBase
{
    private readonly AirlineFeedClient _feeds;

    public FeedsController(AirlineFeedClient feeds)
    {
        _feeds = feeds;
    }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview([FromQuery] string url, CancellationToken ct)
    {
        try
        {
            var preview = await _feeds.PreviewAsync(url, ct);
            return Json(preview);
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    [HttpGet("schedule/{airline}")]
    public async Task<IActionResult> Schedule([FromRoute] string airline, [FromQuery] string season, CancellationToken ct)
    {
        try
        {
            var ssim = await _feeds.FetchScheduleAsync(airline, season ?? "CURRENT", ct);
            return Content(ssim, "text/plain");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet("status")]
    public async Task<IActionResult> PartnerStatus([FromQuery] string url, CancellationToken ct)
    {
        try
        {
            return Json(await _feeds.FetchPartnerStatusAsync(url, ct));
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }
}
