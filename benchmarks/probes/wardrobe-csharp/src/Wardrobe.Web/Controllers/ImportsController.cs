using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/imports")]
[Authorize]
[RequestSizeLimit(64 * 1024 * 1024)]
public sealed class ImportsController : ControllerBase
{
    private readonly CatalogXmlImporter _xml;
    private readonly CostumePackImporter _packs;
    private readonly PreferenceImporter _preferences;
    private readonly AccountService _accounts;
    private readonly ILogger<ImportsController> _logger;

    public ImportsController(
        CatalogXmlImporter xml,
        CostumePackImporter packs,
        PreferenceImporter preferences,
        AccountService accounts,
        ILogger<ImportsController> logger)
    {
        _xml = xml;
        _packs = packs;
        _preferences = preferences;
        _accounts = accounts;
        _logger = logger;
    }

    [HttpPost("stock")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<ImportSummary>> ImportStock(IFormFile file, [FromQuery] string? supplier, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await _xml.ImportAsync(stream, supplier, ct);
    }

    [HttpPost("price-sheet")]
    [Authorize(Policy = "staff")]
    public IActionResult PriceSheet(IFormFile file, [FromQuery] string currency = "GBP")
    {
        using var stream = file.OpenReadStream();
        var html = _xml.RenderPriceSheet(stream, currency.Length == 3 ? currency.ToUpperInvariant() : "GBP");
        return Content(html, "text/html", Encoding.UTF8);
    }

    [HttpPost("costume-pack")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<PackImportResult>> CostumePack(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await _packs.ImportCostumePackAsync(stream, ct);
    }

    [HttpPost("supplier-pack/{supplierCode}")]
    [Authorize(Policy = "staff")]
    public ActionResult<PackImportResult> SupplierPack([FromRoute] string supplierCode, IFormFile file)
    {
        using var stream = file.OpenReadStream();
        return _packs.ImportSupplierPack(stream, supplierCode);
    }

    [HttpPost("photo-bundle")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<PackImportResult>> PhotoBundle(IFormFile file, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"wardrobe-bundle-{Guid.NewGuid():N}.zip");
        try
        {
            await using (var output = System.IO.File.Create(temp))
            {
                await file.CopyToAsync(output, ct);
            }

            return _packs.ImportPhotoBundle(temp);
        }
        finally
        {
            System.IO.File.Delete(temp);
        }
    }

    [HttpPost("dashboard-layout")]
    public async Task<IActionResult> ImportDashboardLayout(IFormFile file, CancellationToken ct)
    {
        if (!int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId))
        {
            return Forbid();
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var layout = _preferences.ImportDashboardLayout(await reader.ReadToEndAsync(ct));
        await _accounts.SaveDashboardLayoutAsync(memberId, JsonConvert.SerializeObject(layout), ct);
        return Ok(new { layout.Name, layout.Columns, widgets = layout.Widgets.Count });
    }

    [HttpPost("label-template")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<LabelTemplate>> ImportLabelTemplate(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return _preferences.ImportLabelTemplate(await reader.ReadToEndAsync(ct));
    }

    [HttpPost("measurements")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<MeasurementSheet>> ImportMeasurements(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        try
        {
            return _preferences.ParseMeasurements(await reader.ReadToEndAsync(ct));
        }
        catch (InvalidDataException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    /// <summary>Baskets saved by the old box-office till (binary .wbk files).</summary>
    [HttpPost("legacy-basket")]
    [Authorize(Policy = "staff")]
    public IActionResult ImportLegacyBasket(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var basket = _preferences.ReadLegacyBasket(stream);
        _logger.LogInformation("Legacy basket {BasketId} read with {Lines} lines", basket.BasketId, basket.Lines.Count);
        return Ok(new
        {
            basket.BasketId,
            basket.CustomerRef,
            lines = basket.Lines.Select(l => new { l.Sku, l.Quantity, l.From, l.To }),
        });
    }
}
