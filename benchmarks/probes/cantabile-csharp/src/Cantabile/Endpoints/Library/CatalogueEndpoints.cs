using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;

namespace Cantabile.Endpoints.Library;

public sealed class SearchCatalogue : EndpointBaseAsync
    .WithRequest<CatalogueSearchRequest>
    .WithActionResult<IReadOnlyList<CatalogueItem>>
{
    private readonly ILibraryService _library;

    public SearchCatalogue(ILibraryService library)
    {
        _library = library;
    }

    [HttpGet("/api/library/titles")]
    public override async Task<ActionResult<IReadOnlyList<CatalogueItem>>> HandleAsync([FromQuery] CatalogueSearchRequest request, CancellationToken cancellationToken = default)
    {
        var items = await _library.SearchAsync(request, cancellationToken);
        return Ok(items);
    }
}

public sealed class DownloadPart : EndpointBaseAsync
    .WithRequest<DownloadPartRequest>
    .WithActionResult
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly SheetMusicStorage _storage;

    public DownloadPart(SheetMusicStorage storage)
    {
        _storage = storage;
    }

    [HttpGet("/api/library/titles/{titleId:guid}/parts")]
    public override Task<ActionResult> HandleAsync([FromRoute] DownloadPartRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var stream = _storage.OpenPart(request.TitleId, request.Part);
            var etag = SheetMusicStorage.ComputeETag(stream);
            Response.Headers.ETag = etag;
            var contentType = ContentTypes.TryGetContentType(request.Part, out var type) ? type : "application/octet-stream";
            return Task.FromResult<ActionResult>(File(stream, contentType, Path.GetFileName(request.Part)));
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<ActionResult>(NotFound());
        }
        catch (UnauthorizedAccessException)
        {
            return Task.FromResult<ActionResult>(BadRequest());
        }
    }
}

public sealed class PerusalCopy : EndpointBaseAsync
    .WithRequest<PerusalCopyRequest>
    .WithActionResult
{
    private readonly SheetMusicStorage _storage;

    public PerusalCopy(SheetMusicStorage storage)
    {
        _storage = storage;
    }

    [HttpGet("/api/library/titles/{titleId:guid}/perusal")]
    public override Task<ActionResult> HandleAsync([FromRoute] PerusalCopyRequest request, CancellationToken cancellationToken = default)
    {
        string path;
        try
        {
            path = _storage.ResolvePerusalCopy(request.TitleId, request.File);
        }
        catch (UnauthorizedAccessException)
        {
            return Task.FromResult<ActionResult>(BadRequest());
        }

        if (!System.IO.File.Exists(path))
        {
            return Task.FromResult<ActionResult>(NotFound());
        }

        return Task.FromResult<ActionResult>(PhysicalFile(path, "application/pdf")); // SAFE path
    }
}
