using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Controllers;

[ApiController]
[Authorize(AuthenticationSchemes = "Cookies,PartnerGateway")]
[Route("api/ground-events")]
public class GroundEventsController : ControllerBase
{
    private readonly IGroundEventRepository _events;

    public GroundEventsController(IGroundEventRepository events)
    {
        _events = events;
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string station, [FromQuery] string type, [FromQuery] int minDelay = 0, CancellationToken ct = default)
    {
        var results = await _events.SearchAsync(station.ToUpperInvariant(), type, Math.Max(0, minDelay), ct);
        return Ok(results);
    }

    [HttpGet("tail/{tailNumber}")]
    public async Task<IActionResult> ByTail([FromRoute] string tailNumber, CancellationToken ct)
    {
        var tail = tailNumber.Trim();
        if (!StationCodes.IsTailNumber(tail.ToUpperInvariant()))
        {
            return BadRequest("Invalid registration");
        }

        return Ok(await _events.ForTailAsync(tail, ct));
    }

    [HttpGet("recent")]
    public async Task<IActionResult> Recent([FromQuery] string station, [FromQuery] string type, CancellationToken ct)
    {
        return Ok(await _events.RecentAsync(station.ToUpperInvariant(), type, ct));
    }

    [HttpGet("stand/{station}/{stand}")]
    public async Task<IActionResult> ByStand([FromRoute] string station, [FromRoute] string stand, CancellationToken ct)
    {
        return Ok(await _events.ForStandAsync(station.ToUpperInvariant(), stand.ToUpperInvariant(), ct));
    }
}

