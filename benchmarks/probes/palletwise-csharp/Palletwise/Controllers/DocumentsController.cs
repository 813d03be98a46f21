using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/documents")]
[Authorize]
public class DocumentsController : ControllerBase
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly DocumentStore _store;

    public DocumentsController(DocumentStore store)
    {
        _store = store;
    }

    [HttpGet("attachments/{fileName}")]
    public IActionResult Attachment([FromRoute] string fileName, [FromQuery] string category = "general")
    {
        if (fileName.Contains("..") || fileName.Contains('/') || fileName.Contains('\\'))
        {
            return BadRequest(new { error = "invalid file name" });
        }

        var stream = _store.OpenAttachment(category, fileName);
        return File(stream, ContentTypeFor(fileName), fileName);
    }

    [HttpGet]
    public IActionResult Document([FromQuery] string path)
    {
        string fullPath;
        try
        {
            fullPath = _store.ResolveDocument(path);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        if (!System.IO.File.Exists(fullPath))
        {
            return NotFound();
        }

        var etag = Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(fullPath)));
        Response.Headers.ETag = $"\"{etag}\"";
        return PhysicalFile(fullPath, ContentTypeFor(fullPath)); // SAFE path
    }

    private static string ContentTypeFor(string name)
    {
        return ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
    }
}
