using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/transport")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class TransportController : RollcallControllerBase
{
    private readonly TransportService _transport;
    private readonly RouteCatalog _catalog;

    public TransportController(TransportService transport, RouteCatalog catalog)
    {
        _transport = transport;
        _catalog = catalog;
    }

    [HttpGet("routes")]
    public ActionResult<IReadOnlyList<RouteInfo>> Routes() => Ok(_catalog.ListRoutes());

    [HttpGet("routes/{code}")]
    public ActionResult<RouteInfo> GetRoute([FromRoute] string code)
    {
        var route = _transport.FindRoute(code);
        return route is null ? NotFound() : Ok(route);
    }

    [HttpGet("routes/{code}/stops")]
    [AllowAnonymous]
    public ActionResult<IReadOnlyList<StopInfo>> Stops([FromRoute] string code)
    {
        try
        {
            return Ok(_transport.GetStops(code));
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    [HttpGet("routes/{routeId:int}/vehicles")]
    public async Task<ActionResult<IReadOnlyList<VehiclePosition>>> Vehicles([FromRoute] int routeId, CancellationToken ct)
    {
        return Ok(await _transport.GetVehiclePositionsAsync(routeId, ct));
    }

    [HttpPost("feeds/preview")]
    public async Task<ActionResult<GtfsFeedSummary>> PreviewFeed([FromBody] FeedPreviewRequest request, CancellationToken ct)
    {
        try
        {
            return Ok(await _transport.PreviewFeedAsync(request.FeedUrl, ct));
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
        catch (HttpRequestException ex)
        {
            return StatusCode(StatusCodes.Status502BadGateway, new { error = ex.Message });
        }
    }

    [HttpPost("partners/timetable")]
    public async Task<ActionResult<IReadOnlyList<TimetableRow>>> PartnerTimetable([FromForm] string url, CancellationToken ct)
    {
        try
        {
            return Ok(await _transport.FetchPartnerTimetableAsync(url, ct));
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    [HttpPost("routes/{code}/trace")]
    [RequestSizeLimit(5 * 1024 * 1024)]
    public async Task<IActionResult> UploadTrace([FromRoute] string code, [FromForm] IFormFile track, CancellationToken ct)
    {
        if (_transport.FindRoute(code) is null)
        {
            return NotFound();
        }

        var tempPath = Path.GetTempFileName();
        try
        {
            await using (var output = System.IO.File.Create(tempPath))
            {
                await track.CopyToAsync(output, ct);
            }

            var kml = await _transport.ConvertGpxAsync(tempPath, ct);
            return Content(kml, "application/vnd.google-earth.kml+xml");
        }
        finally
        {
            System.IO.File.Delete(tempPath);
        }
    }
}
