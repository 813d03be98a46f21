using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Innkeep.Controllers;

[ApiController]
[Authorize]
[Route("api/documents")]
public class DocumentsController(DocumentStorage storage, RoomImportService roomImport, ReportService reports) : ControllerBase
{
    [HttpGet("invoices")]
    public IActionResult DownloadInvoice([FromQuery] string file)
    {
        try
        {
            return File(storage.OpenInvoice(file), "application/pdf", Path.GetFileName(file));
        }
        catch (UnauthorizedAccessException)
        {
            return BadRequest(new { error = "Invalid invoice path." });
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet("folios/{folioId:guid}")]
    public IActionResult DownloadFolio([FromRoute] Guid folioId)
    {
        var stream = storage.OpenFolio(folioId);
        return stream is null ? NotFound() : File(stream, "application/pdf", $"folio-{folioId:N}.pdf");
    }

    [HttpPost("folios/{folioId:guid}/convert")]
    public async Task<IActionResult> ConvertFolio([FromRoute] Guid folioId, [FromQuery] string format)
    {
        if (!Enum.TryParse<FolioFormat>(format, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            return BadRequest(new { error = "Supported formats: pdf, docx, csv." });
        var output = await reports.ConvertFolioAsync(folioId, parsed);
        return Ok(new { file = Path.GetFileName(output) });
    }

    [HttpPost("rooms/{roomId:int}/photos")]
    [RequestSizeLimit(50 * 1024 * 1024)]
    public IActionResult ImportRoomPhotos([FromRoute] int roomId, IFormFile archive)
    {
        if (!archive.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return BadRequest(new { error = "Upload a .zip archive." });
        using var stream = archive.OpenReadStream();
        var imported = roomImport.ImportRoomPhotos(roomId, stream);
        return Ok(new { imported });
    }

    [HttpPost("floorplans")]
    [Authorize(Roles = "manager")]
    [RequestSizeLimit(50 * 1024 * 1024)]
    public IActionResult ImportFloorPlans(IFormFile archive)
    {
        using var stream = archive.OpenReadStream();
        try
        {
            return Ok(new { imported = roomImport.ImportFloorPlans(stream) });
        }
        catch (UnauthorizedAccessException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}
