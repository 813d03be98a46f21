using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/imports")]
[Authorize(Roles = "receiving,integrations")]
public class ImportsController : ControllerBase
{
    private readonly ManifestImportService _manifests;
    private readonly DocumentStore _documents;

    public ImportsController(ManifestImportService manifests, DocumentStore documents)
    {
        _manifests = manifests;
        _documents = documents;
    }

    [HttpPost("asn")]
    public IActionResult AdvanceShippingNotice(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var manifest = _manifests.ParseAdvanceShippingNotice(stream);
        return Ok(new { manifest.ShipmentReference, lines = manifest.Lines.Count });
    }

    [HttpPost("packing-list")]
    public IActionResult PackingList(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var manifest = _manifests.ParsePackingList(stream);
        return Ok(manifest);
    }

    [HttpPost("pallet-count")]
    public IActionResult PalletCount()
    {
        var pallets = _manifests.CountPallets(Request.Body);
        return Ok(new { pallets });
    }

    [HttpPost("customs")]
    public IActionResult Customs(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        return Ok(new { tariffCodes = _manifests.ReadCustomsTariffCodes(stream) });
    }

    [HttpPost("legacy-snapshot")]
    public IActionResult LegacySnapshot(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var manifest = _manifests.ReadLegacySnapshot(stream);
        return Ok(new { manifest.ShipmentReference, lines = manifest.Lines.Count });
    }

    [HttpPost("partner-export")]
    [Authorize(AuthenticationSchemes = "Partner")]
    public IActionResult PartnerExport([FromHeader(Name = "X-Record-Types")] string recordTypes)
    {
        var typeNames = (recordTypes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var envelope = _manifests.ReadPartnerExport(Request.Body, typeNames);
        return Ok(new { envelope.Source, records = envelope.Records.Count });
    }

    [HttpPost("manifest")]
    public IActionResult Manifest()
    {
        var manifest = _manifests.ReadManifestContract(Request.Body);
        return Ok(manifest);
    }

    [HttpPost("carrier-bundle")]
    [RequestSizeLimit(100 * 1024 * 1024)]
    public IActionResult CarrierBundle(IFormFile bundle)
    {
        var batchId = Guid.NewGuid();
        using var stream = bundle.OpenReadStream();
        var extracted = _documents.ExtractCarrierBundle(stream, batchId);
        return Ok(new { batchId, extracted });
    }

    [HttpPost("receipts/{receiptId:int}/photos")]
    public IActionResult ReceiptPhotos([FromRoute] int receiptId, IFormFile archive)
    {
        using var stream = archive.OpenReadStream();
        var extracted = _documents.ExtractReceiptPhotos(stream, receiptId);
        return Ok(new { receiptId, extracted });
    }
}
