using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Palletwise.Data;
using Palletwise.Models;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/reports")]
[Authorize]
public class ReportsController : ControllerBase
{
    public static readonly IReadOnlySet<string> GroupableColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "category", "bin_code", "sku",
    };

    private readonly ReportTemplateService _templates;
    private readonly PalletwiseDbContext _db;

    public ReportsController(ReportTemplateService templates, PalletwiseDbContext db)
    {
        _templates = templates;
        _db = db;
    }

    [HttpPost("render")]
    public IActionResult RenderCustom([FromBody] ReportRenderRequest request)
    {
        var model = new { Rows = new List<ReportRow>(), Day = DateOnly.FromDateTime(DateTime.UtcNow), Parameters = request.Parameters ?? new() };
        var html = _templates.RenderCustom(request.Template, model);
        return Content(html, "text/html");
    }

    [HttpGet("render/{templateName}")]
    public async Task<IActionResult> RenderBuiltIn([FromRoute] string templateName)
    {
        var rows = await _db.InventoryItems
            .GroupBy(i => i.Category)
            .Select(g => new ReportRow { Key = g.Key, Total = g.Sum(i => i.QuantityOnHand) })
            .ToListAsync();
        try
        {
            var html = _templates.RenderBuiltIn(templateName, new { Rows = rows, Day = DateOnly.FromDateTime(DateTime.UtcNow) });
            return Content(html, "text/html");
        }
        catch (KeyNotFoundException)
        {
            return NotFound(new { available = ReportTemplateService.BuiltInNames });
        }
    }

    [HttpPost("pricing/custom")]
    [Authorize(Roles = "supervisor")]
    public async Task<IActionResult> CustomQuote([FromBody] PricingQuoteRequest request)
    {
        var price = await _templates.QuoteWithFormulaAsync(request.Formula, request.Weight, request.Distance);
        return Ok(new { price });
    }

    [HttpGet("pricing/{formulaName}")]
    public async Task<IActionResult> NamedQuote([FromRoute] string formulaName, [FromQuery] decimal weight, [FromQuery] decimal distance)
    {
        var price = await _templates.QuoteNamedAsync(formulaName, weight, distance);
        return Ok(new { formulaName, price });
    }

    [HttpPost("saved")]
    public async Task<IActionResult> SaveReport([FromBody] SavedReportRequest request)
    {
        if (!GroupableColumns.Contains(request.GroupBy))
        {
            return BadRequest(new { error = "groupBy must be one of " + string.Join(", ", GroupableColumns) });
        }

        var report = new SavedReport { Name = request.Name, GroupBy = request.GroupBy, CreatedBy = User.Identity?.Name ?? "unknown" };
        _db.SavedReports.Add(report);
        await _db.SaveChangesAsync();
        return Created($"/api/reports/saved/{report.Id}", report);
    }
}
