using Larderline.Infrastructure.Files;
using Larderline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Controllers;

[Authorize(Roles = "Driver,Coordinator,Admin")]
[Route("routes")]
public sealed class RoutesController(RoutePlanningService routes, ILogger<RoutesController> logger) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Manifest(int id, CancellationToken ct)
    {
        var model = await routes.ManifestAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/archives")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(200 * 1024 * 1024)]
    public async Task<IActionResult> UploadArchive(int id, IFormFile archive, [FromForm] RouteArchiveKind kind, CancellationToken ct)
    {
        if (archive is null || !archive.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return BadRequest(new { error = "Upload a .zip archive." });
        }
        await routes.QueueArchiveAsync(id, archive, kind, User.Identity?.Name ?? "unknown", ct);
        TempData["Flash"] = "Archive received - files will appear on the manifest shortly.";
        return RedirectToAction(nameof(Manifest), new { id });
    }

    [HttpGet("tiles")]
    [ResponseCache(Duration = 86400, VaryByQueryKeys = new[] { "src" })]
    public async Task<IActionResult> Tile([FromQuery] string src, CancellationToken ct)
    {
        try
        {
            var bytes = await routes.TileAsync(src, ct);
            return File(bytes, "image/png");
        }
        catch (ArgumentException)
        {
            return BadRequest();
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Tile fetch failed");
            return StatusCode(502);
        }
    }

    [HttpPost("stops/{stopId:int}/geocode")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Geocode(int stopId, [FromForm] string postcode, CancellationToken ct)
    {
        var result = await routes.GeocodeStopAsync(stopId, postcode, ct);
        return result is null ? NotFound() : Json(result);
    }
}
