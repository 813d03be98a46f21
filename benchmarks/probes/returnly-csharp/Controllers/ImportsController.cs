namespace Returnly.Controllers;

[ApiController]
[Route("api/imports")]
public sealed class ImportsController(
    CarrierManifestParser manifests,
    LegacyBatchImporter legacyBatches,
    RefundService refunds,
    AuditLogStore audit) : ControllerBase
{
    [HttpPost("manifest/reconcile")]
    [Authorize(Policy = "Staff")]
    public IActionResult Reconcile([FromForm] IFormFile manifest, [FromQuery] string tracking)
    {
        using var stream = manifest.OpenReadStream();
        var shipment = manifests.FindShipment(manifests.LoadManifest(stream), tracking);
        return shipment is null ? NotFound() : Ok(shipment);
    }

    [HttpPost("manifest/rma/{rmaNumber}")]
    [Authorize(Policy = "Staff")]
    public IActionResult ShipmentsForRma([FromForm] IFormFile manifest, [FromRoute] string rmaNumber)
    {
        using var stream = manifest.OpenReadStream();
        return Ok(manifests.FindShipmentsForRma(manifests.LoadManifest(stream), rmaNumber));
    }

    [HttpPost("return-feed")]
    [Authorize(Policy = "Partner")]
    public IActionResult ReturnFeed([FromForm] IFormFile feed)
    {
        using var stream = feed.OpenReadStream();
        return Ok(new { accepted = manifests.ReadReturnFeed(stream).Count });
    }

    [HttpPost("legacy-refund-batch")]
    [Authorize(Policy = "Supervisor")]
    public async Task<IActionResult> LegacyRefundBatch([FromForm] IFormFile batch, CancellationToken ct)
    {
        await using var stream = batch.OpenReadStream();
        var imported = await refunds.ImportLegacyAsync(legacyBatches.Read(stream), ct);
        return Ok(new { imported });
    }

    [HttpPost("carrier-events")]
    [Authorize(Policy = "Partner")]
    public async Task<IActionResult> CarrierEvents([FromHeader(Name = "X-Returnly-Schema")] string? schema)
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();
        var envelope = schema == "1" ? CarrierEventReader.ReadSchemaV1(json) : CarrierEventReader.ReadSchemaV2(json);
        if (envelope is null || string.IsNullOrEmpty(envelope.TrackingNumber)) return BadRequest();
        await audit.AppendAsync(envelope.TrackingNumber, $"carrier:{envelope.Carrier}", envelope.EventType);
        return Accepted();
    }
}
