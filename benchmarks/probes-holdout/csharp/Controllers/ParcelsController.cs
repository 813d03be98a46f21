using Larderline.Contracts;
using Larderline.Security;
using Larderline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larderline.Controllers;

[Authorize(Roles = "Packer,Coordinator,Admin")]
[Route("parcels")]
public sealed class ParcelsController(ParcelService parcels) : Controller
{
    [HttpGet("station")]
    public async Task<IActionResult> Station(CancellationToken ct) => Json(await parcels.StationQueueAsync(ct));

    [HttpPost("{id:int}/pack")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Pack(int id, [FromHeader(Name = "X-Station-Operator")] string? stationOperator, CancellationToken ct)
    {
        var packedBy = StationOperators.Normalise(stationOperator);
        var result = await parcels.PackAsync(id, packedBy, ct);
        return result is null ? Conflict(new { message = "Parcel is not waiting to be packed." }) : Ok(result);
    }

    [HttpPost("{id:int}/dispatch")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Dispatch(int id, [FromForm] int routeId, CancellationToken ct)
    {
        var ok = await parcels.DispatchAsync(id, routeId, User.Identity?.Name ?? "unknown", ct);
        return ok ? NoContent() : Conflict();
    }

    [HttpPost("labels/print")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PrintLabels([FromForm] PrintLabelForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }
        var exitCode = await parcels.PrintLabelsAsync(form, ct);
        return exitCode == 0 ? Ok(new { printed = true }) : StatusCode(502, new { printed = false, exitCode });
    }

    [HttpPost("print-jobs/{jobId:int}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CancelPrintJob(int jobId, CancellationToken ct) =>
        await parcels.CancelPrintJobAsync(jobId, ct) ? NoContent() : NotFound();

    [HttpGet("{id:int}/label")]
    public IActionResult Label(int id)
    {
        var path = parcels.LabelPath(id);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }
        return PhysicalFile(path, "application/pdf", $"parcel-{id}.pdf"); // SAFE path
    }
}
