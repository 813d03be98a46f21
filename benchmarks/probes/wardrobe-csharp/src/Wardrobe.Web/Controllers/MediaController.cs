using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/media")]
public sealed class MediaController : ControllerBase
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly PhotoStorage _photos;
    private readonly CostumeService _costumes;

    public MediaController(PhotoStorage photos, CostumeService costumes)
    {
        _photos = photos;
        _costumes = costumes;
    }

    [HttpGet("photos")]
    [AllowAnonymous]
    [ResponseCache(Duration = 3600)]
    public IActionResult Photo([FromQuery] string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return BadRequest();
        }

        Stream stream;
        try
        {
            stream = _photos.OpenPhoto(file);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return NotFound();
        }

        var etag = new EntityTagHeaderValue(PhotoStorage.ComputeEtag(stream));
        return File(stream, ContentTypeFor(file), lastModified: null, entityTag: etag);
    }

    [HttpGet("thumbnails/{name}")]
    [AllowAnonymous]
    public IActionResult Thumbnail([FromRoute] string name)
    {
        var stream = _photos.OpenThumbnail(name);
        return stream is null ? NotFound() : File(stream, ContentTypeFor(name));
    }

    [HttpPost("thumbnails")]
    [Authorize(Policy = "staff")]
    public async Task<IActionResult> RenderThumbnail([FromBody] ThumbnailRequest request, CancellationToken ct)
    {
        var costume = await _costumes.GetAsync(request.CostumeId, ct);
        if (costume?.PhotoFileName is null)
        {
            return NotFound();
        }

        var name = await _photos.RenderThumbnailAsync(costume.PhotoFileName, request.Size, request.Format.ToLowerInvariant(), ct);
        return Ok(new { thumbnail = Url.Action(nameof(Thumbnail), new { name }) });
    }

    [HttpPost("photos/{costumeId:int}")]
    [Authorize(Policy = "staff")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> UploadPhoto([FromRoute] int costumeId, IFormFile photo, CancellationToken ct)
    {
        try
        {
            var fileName = await _costumes.AttachPhotoAsync(costumeId, photo, _photos, ct);
            return fileName is null ? NotFound() : Ok(new { fileName });
        }
        catch (InvalidDataException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    private static string ContentTypeFor(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var contentType) ? contentType : "application/octet-stream";
}
