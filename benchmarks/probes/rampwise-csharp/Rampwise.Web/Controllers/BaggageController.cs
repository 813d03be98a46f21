using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Jobs;
using Rampwise.Web.Models;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize]
[Route("baggage")]
public class BaggageController : RampwiseControllerBase
{
    private const long MaxUploadBytes = 50 * 1024 * 1024;

    private readonly IBaggageService _baggage;
    private readonly BagRoutingDirectory _routing;
    private readonly BagPhotoArchiveService _archive;
    private readonly IBackgroundJobClient _jobs;
    private readonly RampwiseOptions _options;

    public BaggageController(IBaggageService baggage, BagRoutingDirectory routing, BagPhotoArchiveService archive, IBackgroundJobClient jobs, IOptions<RampwiseOptions> options)
    {
        _baggage = baggage;
        _routing = routing;
        _archive = archive;
        _jobs = jobs;
        _options = options.Value;
    }

    [HttpGet("manifest/{flightNumber}/{flightDate}")]
    public async Task<IActionResult> Manifest([FromRoute] string flightNumber, [FromRoute] DateOnly flightDate, [FromQuery] string? tagPrefix)
    {
        var model = await _baggage.GetManifestAsync(flightNumber.ToUpperInvariant(), flightDate, tagPrefix);
        if (Request.Headers.IfNoneMatch == model.ETag)
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Response.Headers.ETag = model.ETag;
        return View(model);
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] BagSearchQuery query)
    {
        var bags = await _baggage.SearchAsync(query);
        return Json(bags);
    }

    [HttpPost("manifest/import")]
    [RequestSizeLimit(MaxUploadBytes)]
    public async Task<IActionResult> ImportManifest([FromForm] IFormFile file)
    {
        if (file.Length == 0)
        {
            return BadRequest("Empty file");
        }

        await using var stream = file.OpenReadStream();
        var result = await _baggage.ImportManifestAsync(stream);
        return Json(result);
    }

    [HttpPost("ldm/import")]
    [RequestSizeLimit(MaxUploadBytes)]
    public async Task<IActionResult> ImportLoadMessage([FromForm] IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        var result = await _baggage.ImportLoadMessageAsync(stream);
        return Json(result);
    }

    [HttpGet("route")]
    public IActionResult BagRoute([FromQuery] string station, [FromQuery] string tag)
    {
        if (!StationCodes.IsStation(station) || !StationCodes.IsBagTag(tag))
        {
            return BadRequest("Station must be an IATA code and tag a 10-digit licence plate");
        }

        var route = _routing.FindRoute(station, tag);
        return route is null ? NotFound() : Json(route);
    }

    [HttpGet("transfer-chute/{flightNumber}")]
    public IActionResult TransferChute([FromRoute] string flightNumber)
    {
        try
        {
            var chute = _routing.FindTransferChute(flightNumber.ToUpperInvariant());
            return chute is null ? NotFound() : Json(new { flightNumber, chute });
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    [HttpPost("photos/{flightNumber}")]
    [RequestSizeLimit(MaxUploadBytes)]
    public IActionResult UploadPhotos([FromRoute] string flightNumber, [FromForm] IFormFile archive)
    {
        if (!StationCodes.IsFlightNumber(flightNumber.ToUpperInvariant()))
        {
            return BadRequest("Invalid flight number");
        }

        using var stream = archive.OpenReadStream();
        var count = _archive.ImportPhotoBatch(flightNumber, stream);
        return Json(new { imported = count });
    }

    [HttpPost("scanner-logs")]
    [RequestSizeLimit(MaxUploadBytes)]
    public IActionResult UploadScannerLogs([FromForm] IFormFile archive)
    {
        using var stream = archive.OpenReadStream();
        var count = _archive.ImportScannerLogs(_options.StationCode, stream);
        return Json(new { imported = count });
    }

    [HttpPost("manifest/export")]
    [ValidateAntiForgeryToken]
    public IActionResult Export([FromForm] ManifestExportRequest request)
    {
        if (!StationCodes.IsFlightNumber(request.FlightNumber) || string.IsNullOrWhiteSpace(request.ExportName))
        {
            return BadRequest();
        }

        var jobId = _jobs.Enqueue<ManifestExportJob>(j => j.RunAsync(request.FlightNumber, request.FlightDate, request.ExportName, CancellationToken.None));
        TempData["Info"] = $"Export queued (job {jobId}).";
        return RedirectToAction(nameof(Manifest), new { flightNumber = request.FlightNumber, flightDate = request.FlightDate.ToString("yyyy-MM-dd") });
    }
}
