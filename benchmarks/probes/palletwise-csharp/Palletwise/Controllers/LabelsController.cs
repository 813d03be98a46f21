using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Palletwise.Models;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/labels")]
[Authorize(AuthenticationSchemes = "Bearer,Scanner")]
public class LabelsController : ControllerBase
{
    private readonly LabelPrintService _printing;

    public LabelsController(LabelPrintService printing)
    {
        _printing = printing;
    }

    [HttpPost("print")]
    public async Task<IActionResult> Print([FromBody] LabelPrintRequest request)
    {
        if (request.Copies is < 1 or > 50)
        {
            return BadRequest(new { error = "copies must be between 1 and 50" });
        }

        var job = new LabelJob
        {
            Sku = request.Sku,
            Printer = request.Printer,
            Copies = request.Copies,
            RequestedBy = User.Identity?.Name ?? "unknown",
        };
        var exitCode = await _printing.PrintAsync(job);
        return exitCode == 0 ? Accepted() : StatusCode(502, new { error = "print spooler rejected the job" });
    }

    [HttpPost("stations/{station}/print")]
    public async Task<IActionResult> PrintAtStation([FromRoute] string station, [FromBody] LabelPrintRequest request)
    {
        var job = new LabelJob { Sku = request.Sku, Copies = Math.Clamp(request.Copies, 1, 50), RequestedBy = User.Identity?.Name ?? "unknown" };
        var exitCode = await _printing.PrintAtStationAsync(station, job);
        return exitCode == 0 ? Accepted() : StatusCode(502);
    }

    [HttpGet("queues")]
    public async Task<IActionResult> Queues()
    {
        return Ok(await _printing.ListQueuesAsync());
    }
}
