using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Data;
using Permitly.Web.Models;
using Permitly.Web.Services;
using Permitly.Web.Utilities;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/fees")]
public sealed class FeesController(FeeRepository feeLines, FeeFormulaService formulas) : ControllerBase
{
    [HttpGet("{permitNumber}/lines")]
    public async Task<ActionResult<IReadOnlyList<FeeLine>>> Lines([FromRoute] string permitNumber, [FromQuery] string category = "all")
    {
        if (!InputFormats.IsPermitNumber(permitNumber))
            return BadRequest("Permit numbers look like BP-2024-00123.");
        return Ok(await feeLines.GetLinesAsync(permitNumber, category));
    }

    [HttpPost("estimate")]
    public async Task<IActionResult> Estimate([FromBody] FeeEstimateRequest request, CancellationToken ct)
    {
        var baseFee = formulas.BaseFee(request.Type, request.SquareFeet);
        return Ok(new { baseFee, total = await formulas.ApplyAdjustmentAsync(baseFee, request, ct) });
    }

    [HttpGet("{permitNumber}/receipt")]
    public async Task<IActionResult> Receipt([FromRoute] string permitNumber, [FromQuery] string payer)
    {
        if (!InputFormats.IsPermitNumber(permitNumber))
            return NotFound();
        var lines = await feeLines.GetLinesAsync(permitNumber, "all");
        var rows = string.Concat(lines.Select(l => $"<tr><td>{HtmlEncoder.Default.Encode(l.Description)}</td><td>{l.Amount:C}</td></tr>"));
        return Content($"<html><body><h1>Receipt {permitNumber}</h1><p>Paid by {payer}</p><table>{rows}</table></body></html>", "text/html"); // VULN xss
    }

    [HttpGet("{permitNumber}/statement")]
    public async Task<IActionResult> Statement([FromRoute] string permitNumber, [FromQuery] string? attention)
    {
        if (!InputFormats.IsPermitNumber(permitNumber))
            return NotFound();
        var balance = await feeLines.BalanceAsync(permitNumber);
        return Content($"<html><body><h1>Statement {permitNumber}</h1><p>Attention: {HtmlEncoder.Default.Encode(attention ?? "Applicant")}</p><p>Balance due: {balance:C}</p></body></html>", "text/html"); // SAFE xss
    }
}
