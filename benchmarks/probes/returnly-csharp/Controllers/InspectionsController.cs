namespace Returnly.Controllers;

[ApiController]
[Route("api/inspections")]
[Authorize(Policy = "Staff")]
public sealed class InspectionsController(InspectionService inspections, AttachmentStorage storage, PhotoBundleImporter bundles) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> List([FromQuery] InspectionFilter filter) => Ok(await inspections.ListAsync(filter));

    [HttpPost("export")]
    [Authorize(Policy = "Supervisor")]
    public async Task<IActionResult> Export([FromBody] InspectionFilter filter) => Ok(await inspections.ExportAsync(filter));

    [HttpPost("{rmaNumber}/photos")]
    [RequestSizeLimit(25_000_000)]
    public async Task<IActionResult> UploadPhoto([FromRoute] string rmaNumber, [FromForm] IFormFile photo, CancellationToken ct)
    {
        if (!RmaNumber.IsValid(rmaNumber)) return BadRequest("Malformed RMA number");
        var path = await storage.SaveInspectionPhotoAsync(rmaNumber, photo, ct);
        return Ok(new { saved = Path.GetFileName(path) });
    }

    [HttpPost("{rmaNumber}/photo-bundle")]
    [RequestSizeLimit(200_000_000)]
    public IActionResult UploadBundle([FromRoute] string rmaNumber, [FromForm] IFormFile bundle)
    {
        if (!RmaNumber.IsValid(rmaNumber)) return BadRequest("Malformed RMA number");
        using var stream = bundle.OpenReadStream();
        return Ok(new { imported = bundles.ImportInspectionBundle(rmaNumber, stream) });
    }

    [HttpPost("claims/{claimId:guid}/evidence")]
    [RequestSizeLimit(200_000_000)]
    public IActionResult UploadClaimEvidence([FromRoute] Guid claimId, [FromForm] IFormFile archive)
    {
        using var stream = archive.OpenReadStream();
        return Ok(new { imported = bundles.ImportClaimEvidence(claimId, stream) });
    }
}
