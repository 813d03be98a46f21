using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Palletwise.Data;
using Palletwise.Helpers;
using Palletwise.Models;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/inventory")]
[Authorize]
public class InventoryController : ControllerBase
{
    private readonly InventoryRepository _inventory;
    private readonly AuditLogStore _audit;
    private readonly ILogger<InventoryController> _logger;

    public InventoryController(InventoryRepository inventory, AuditLogStore audit, ILogger<InventoryController> logger)
    {
        _inventory = inventory;
        _audit = audit;
        _logger = logger;
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string sku, [FromQuery] int page = 1)
    {
        if (string.IsNullOrWhiteSpace(sku) || sku.Length > 40)
        {
            return BadRequest(new { error = "sku prefix is required" });
        }

        var items = await _inventory.SearchBySkuPrefixAsync(sku, page);
        return Ok(items);
    }

    [HttpGet("{sku}")]
    public async Task<IActionResult> Get([FromRoute] string sku)
    {
        var item = await _inventory.FindBySkuAsync(sku);
        return item is null ? NotFound() : Ok(item);
    }

    [HttpGet("bins")]
    public IActionResult Bins([FromHeader(Name = "X-Warehouse-Zone")] string zone)
    {
        if (string.IsNullOrEmpty(zone))
        {
            return BadRequest(new { error = "X-Warehouse-Zone header missing" });
        }

        return Ok(_inventory.BinsInZone(zone));
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit([FromQuery] string filter, [FromQuery] int limit = 50)
    {
        var events = await _audit.SearchAsync(filter ?? "{}", limit);
        return Ok(events.Select(e => e.ToString()));
    }

    [HttpGet("audit/operators/{operatorId}")]
    public async Task<IActionResult> OperatorHistory([FromRoute] string operatorId)
    {
        var events = await _audit.ByOperatorAsync(operatorId);
        return Ok(events.Select(e => e.ToString()));
    }

    [HttpGet("{sku}/movements")]
    public async Task<IActionResult> Movements([FromRoute] string sku)
    {
        return Ok(await _audit.ForSkuAsync(sku));
    }

    [HttpGet("audit/unreviewed")]
    [Authorize(Roles = "supervisor")]
    public async Task<IActionResult> Unreviewed()
    {
        var events = await _audit.UnreviewedAdjustmentsAsync();
        return Ok(events.Select(e => e.ToString()));
    }

    [HttpGet("{sku}/label-preview")]
    public async Task LabelPreview([FromRoute] string sku, [FromQuery] string? consignee, [FromQuery] string? note)
    {
        var item = await _inventory.FindBySkuAsync(sku);
        if (item is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await LabelPreviewWriter.WriteAsync(Response, item, consignee, note);
    }
}
