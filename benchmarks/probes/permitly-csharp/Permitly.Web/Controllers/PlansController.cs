using System.Threading.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Jobs;
using Permitly.Web.Security;
using Permitly.Web.Services;
using Permitly.Web.Utilities;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/permits/{permitNumber:regex(" + InputFormats.PermitNumberRoute + ")}/plans")]
[Authorize]
public sealed class PlansController(PlanStorageService storage, ChannelWriter<PlanConversionJob> conversions) : ControllerBase
{
    [HttpPost]
    [RequestSizeLimit(210_000_000)]
    public async Task<IActionResult> Upload([FromRoute] string permitNumber, IFormFile plan, CancellationToken ct)
    {
        var stored = await storage.SavePlanAsync(permitNumber, plan, ct);
        var pages = Request.Form["pages"].ToString();
        var dpi = int.TryParse(Request.Form["dpi"], out var requested) ? Math.Clamp(requested, 72, 300) : 150;
        var job = new PlanConversionJob(permitNumber, stored.FullPath, string.IsNullOrWhiteSpace(pages) ? "1-20" : pages, dpi, DateTimeOffset.UtcNow);
        await conversions.WriteAsync(job, ct);

        Response.Headers.ETag = $"\"{stored.Checksum}\"";
        return Accepted(new { file = Path.GetFileName(stored.FullPath), stored.Length });
    }

    [HttpPost("bundle")]
    [RequestSizeLimit(500_000_000)]
    public async Task<IActionResult> UploadBundle([FromRoute] string permitNumber, [FromForm] IFormFile bundle) =>
        Ok(new { extracted = await storage.ExtractPlanBundleAsync(permitNumber, bundle) });

    [HttpPost("photos")]
    public async Task<IActionResult> UploadPhotos([FromRoute] string permitNumber, [FromForm] IFormFile archive)
    {
        try
        {
            return Ok(new { extracted = await storage.ExtractSitePhotosAsync(permitNumber, archive) });
        }
        catch (InvalidDataException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    [HttpGet("download")]
    public IActionResult Download([FromRoute] string permitNumber, [FromQuery] string name)
    {
        var path = Path.Combine(storage.PermitDirectory(permitNumber), name);
        if (!System.IO.File.Exists(path))
            return NotFound();
        return PhysicalFile(path, "application/pdf", Path.GetFileName(path)); // VULN path
    }

    [HttpGet("stamped")]
    public IActionResult DownloadStamped([FromRoute] string permitNumber, [FromQuery] string name)
    {
        var path = PathGuard.ResolveUnder(Path.Combine(storage.PermitDirectory(permitNumber), "stamped"), name);
        if (path is null || !System.IO.File.Exists(path))
            return NotFound();
        return PhysicalFile(path, "application/pdf", Path.GetFileName(path)); // SAFE path
    }

    [HttpGet("thumbnail")]
    [ResponseCache(Duration = 3600)]
    public IActionResult Thumbnail([FromRoute] string permitNumber, [FromQuery] string plan) =>
        File(storage.OpenThumbnail(permitNumber, plan), "image/png");
}
