using Fellside.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;

namespace Fellside.Controllers;

[Authorize]
[Route("documents")]
public class DocumentsController : Controller
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly DocumentStore _store;
    private readonly ILogger<DocumentsController> _logger;

    public DocumentsController(DocumentStore store, ILogger<DocumentsController> logger)
    {
        _store = store;
        _logger = logger;
    }

    [HttpGet("")]
    public IActionResult Index()
    {
        var files = Directory.Exists(_store.DocumentRoot)
            ? Directory.EnumerateFiles(_store.DocumentRoot, "*.pdf", SearchOption.TopDirectoryOnly).Select(f => Path.GetFileName(f)).ToList()
            : new List<string?>();
        return Json(files);
    }

    [HttpGet("download")]
    public IActionResult Download([FromQuery] string name)
    {
        try
        {
            var stream = _store.OpenDocument(name);
            return File(stream, ContentTypeFor(name), Path.GetFileName(name));
        }
        catch (FileNotFoundException)
        {
            _logger.LogInformation("Missing document {Name}", name);
            return NotFound();
        }
    }

    [HttpGet("teams/{teamCode}")]
    public IActionResult TeamDocument(string teamCode, [FromQuery] string file)
    {
        try
        {
            var stream = _store.OpenTeamDocument(teamCode.ToUpperInvariant(), file);
            return File(stream, ContentTypeFor(file), Path.GetFileName(file));
        }
        catch (UnauthorizedAccessException)
        {
            return BadRequest();
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    private static string ContentTypeFor(string name) =>
        ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
}
