using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Cors;

namespace Returnly.Controllers;

[ApiController]
[Route("api/labels")]
[EnableCors("CarrierPortal")]
public sealed partial class LabelsController(
    LabelPrintService labels,
    CarrierClient carriers,
    TokenService tokens,
    LabelJobQueue queue,
    IOptions<ReturnlyOptions> options) : ControllerBase
{
    [GeneratedRegex("^[A-Z0-9]{10,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrackingNumberPattern();

    // Called by the label station desktop app, which sends its own bearer token.
    [HttpPost("print")]
    public async Task<IActionResult> Print(
        [FromHeader(Name = "Authorization")] string? authorization,
        [FromForm] string printer,
        [FromForm] string labelFile,
        [FromForm] int copies,
        CancellationToken ct)
    {
        var caller = tokens.ReadCaller(authorization);
        if (caller is null || caller.Role is not ("staff" or "supervisor")) return Unauthorized();
        var exit = await labels.PrintAsync(printer, labelFile, Math.Clamp(copies, 1, 5), ct);
        return exit == 0 ? Ok() : StatusCode(StatusCodes.Status502BadGateway, new { exit });
    }

    [HttpPost("print/dock")]
    [Authorize(Policy = "Staff")]
    public async Task<IActionResult> PrintAtDock([FromForm] string printer, [FromForm] string labelFile, CancellationToken ct) =>
        await labels.PrintToQueueAsync(printer, labelFile, ct) is 0 ? Ok() : StatusCode(StatusCodes.Status502BadGateway);

    [HttpGet("queue")]
    [Authorize(Policy = "Staff")]
    public async Task<IActionResult> Queue(CancellationToken ct) => Ok(new { cups = await labels.QueuedJobCountAsync(ct), zebra = queue.Pending });

    [HttpPost("kiosk/reprint")]
    public async Task<IActionResult> KioskReprint([FromHeader(Name = "X-Station-Token")] string stationToken, [FromForm] string trackingNumber)
    {
        var principal = tokens.ValidateStaffToken(stationToken);
        if (principal?.FindFirst("station")?.Value is not { } station) return Unauthorized();
        if (!TrackingNumberPattern().IsMatch(trackingNumber)) return BadRequest("Unrecognised tracking number");
        await queue.EnqueueAsync(new LabelPrintJob(station, trackingNumber, principal.Identity?.Name ?? station));
        return Accepted();
    }

    [HttpGet("files")]
    [Authorize(Policy = "Staff")]
    public IActionResult Download([FromQuery] string name)
    {
        var root = options.Value.LabelRoot;
        var fullPath = Path.Combine(root, name);
        if (!fullPath.StartsWith(root, StringComparison.Ordinal)) return BadRequest();
        return PhysicalFile(fullPath, "application/pdf"); // VULN path
    }

    [HttpGet("image")]
    [Authorize(Policy = "Staff")]
    public async Task<IActionResult> LabelImage([FromQuery] string url, CancellationToken ct) =>
        File(await carriers.GetLabelImageAsync(url, ct), "image/png");

    [HttpGet("customs-document")]
    [Authorize(Policy = "Staff")]
    public async Task<IActionResult> CustomsDocument([FromQuery] string url, CancellationToken ct) =>
        File(await carriers.GetCustomsDocumentAsync(url, ct), "application/pdf");
}
