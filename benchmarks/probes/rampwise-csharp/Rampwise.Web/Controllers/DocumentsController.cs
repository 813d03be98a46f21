using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize]
[Route("documents")]
public class DocumentsController : RampwiseControllerBase
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly DocumentStore _store;
    private readonly LoadsheetPrintService _printing;
    private readonly PdfRenderer _pdf;

    public DocumentsController(DocumentStore store, LoadsheetPrintService printing, PdfRenderer pdf)
    {
        _store = store;
        _printing = printing;
        _pdf = pdf;
    }

    [HttpGet("download")]
    public IActionResult Download([FromQuery] string path)
    {
        try
        {
            var stream = _store.Open(path);
            if (!ContentTypes.TryGetContentType(path, out var contentType))
            {
                contentType = "application/octet-stream";
            }
            return File(stream, contentType, Path.GetFileName(path));
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost("{turnaroundId:guid}")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Upload([FromRoute] Guid turnaroundId, [FromForm] IFormFile file, CancellationToken ct)
    {
        try
        {
            var name = await _store.SaveAsync(turnaroundId, file, ct);
            TempData["Info"] = $"Uploaded {name}";
        }
        catch (InvalidDataException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Details", "Turnarounds", new { id = turnaroundId });
    }

    [HttpPost("delete")]
    [ValidateAntiForgeryToken]
    public IActionResult Delete([FromForm] string turnaroundId, [FromForm] string fileName)
    {
        var deleted = _store.Delete(turnaroundId, fileName);
        TempData[deleted ? "Info" : "Error"] = deleted ? $"Deleted {fileName}" : "Document not found";
        return RedirectToAction("Details", "Turnarounds", new { id = turnaroundId });
    }

    [HttpPost("loadsheet/print")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PrintLoadsheet([FromForm] Guid turnaroundId, [FromForm] string flightNumber, [FromForm] string printer, [FromForm] int copies, CancellationToken ct)
    {
        var html = Path.Combine(Path.GetTempPath(), $"loadsheet-{turnaroundId:N}.html");
        var pdf = Path.ChangeExtension(html, ".pdf");
        if (!System.IO.File.Exists(html))
        {
            return NotFound("Loadsheet has not been finalised yet");
        }

        await _pdf.RenderLoadsheetAsync(html, pdf, flightNumber, ct);
        var exit = await _printing.PrintAsync(flightNumber.ToUpperInvariant(), printer, pdf, copies, ct);
        return exit == 0 ? Ok(new { printed = true }) : StatusCode(StatusCodes.Status502BadGateway, new { printed = false, exit });
    }

    [HttpGet("printers/{queue}")]
    public async Task<IActionResult> PrinterStatus([FromRoute] string queue, CancellationToken ct)
    {
        try
        {
            return Content(await _printing.QueueStatusAsync(queue, ct), "text/plain");
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }
}
