using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Domain;
using Cantabile.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Endpoints.Library;

[Authorize(Roles = "librarian")]
public sealed class ImportMusicXml : EndpointBaseAsync
    .WithRequest<MusicXmlUpload>
    .WithActionResult<SheetMusicTitle>
{
    private readonly ILibraryService _library;

    public ImportMusicXml(ILibraryService library)
    {
        _library = library;
    }

    [HttpPost("/api/library/import/musicxml")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public override async Task<ActionResult<SheetMusicTitle>> HandleAsync([FromForm] MusicXmlUpload request, CancellationToken cancellationToken = default)
    {
        if (request.File is null || request.File.Length == 0)
        {
            return BadRequest(new { error = "file is required" });
        }

        await using var stream = request.File.OpenReadStream();
        var title = await _library.ImportMusicXmlAsync(stream, request.Voicing, request.Language, request.Publisher, cancellationToken);
        return Created($"/api/library/titles/{title.Id}", title);
    }
}

public sealed class PreviewMusicXml : EndpointBaseAsync
    .WithRequest<MusicXmlUpload>
    .WithActionResult<MusicXmlSummary>
{
    private readonly MusicXmlImporter _importer;

    public PreviewMusicXml(MusicXmlImporter importer)
    {
        _importer = importer;
    }

    [HttpPost("/api/library/import/musicxml/preview")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public override Task<ActionResult<MusicXmlSummary>> HandleAsync([FromForm] MusicXmlUpload request, CancellationToken cancellationToken = default)
    {
        using var stream = request.File.OpenReadStream();
        try
        {
            return Task.FromResult<ActionResult<MusicXmlSummary>>(Ok(_importer.Inspect(stream)));
        }
        catch (Exception ex) when (ex is FormatException or System.Xml.XmlException)
        {
            return Task.FromResult<ActionResult<MusicXmlSummary>>(BadRequest(new { error = ex.Message }));
        }
    }
}

[Authorize(Roles = "librarian,publisher")]
public sealed class UploadPartsBundle : EndpointBaseAsync
    .WithRequest<BundleUpload>
    .WithActionResult
{
    private readonly SheetMusicStorage _storage;

    public UploadPartsBundle(SheetMusicStorage storage)
    {
        _storage = storage;
    }

    [HttpPost("/api/library/titles/{titleId:guid}/parts/bundle")]
    [RequestSizeLimit(200 * 1024 * 1024)]
    public override async Task<ActionResult> HandleAsync([FromRoute] BundleUpload request, CancellationToken cancellationToken = default)
    {
        await using var stream = request.Bundle.OpenReadStream();
        var parts = await _storage.ImportPartsBundleAsync(request.TitleId, stream, cancellationToken);
        return Ok(new { imported = parts.Count, parts });
    }
}

[Authorize(Roles = "librarian,publisher")]
public sealed class UploadPerusalPack : EndpointBaseAsync
    .WithRequest<BundleUpload>
    .WithActionResult
{
    private readonly SheetMusicStorage _storage;

    public UploadPerusalPack(SheetMusicStorage storage)
    {
        _storage = storage;
    }

    [HttpPost("/api/library/titles/{titleId:guid}/perusal/pack")]
    [RequestSizeLimit(100 * 1024 * 1024)]
    public override async Task<ActionResult> HandleAsync([FromRoute] BundleUpload request, CancellationToken cancellationToken = default)
    {
        await using var stream = request.Bundle.OpenReadStream();
        try
        {
            var count = await _storage.ImportPerusalPackAsync(request.TitleId, stream, cancellationToken);
            return Ok(new { imported = count });
        }
        catch (UnauthorizedAccessException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}

[Authorize]
public sealed class EngraveParts : EndpointBaseAsync
    .WithRequest<EngraveRequest>
    .WithActionResult
{
    private readonly EngravingService _engraving;

    public EngraveParts(EngravingService engraving)
    {
        _engraving = engraving;
    }

    [HttpPost("/api/library/engrave")]
    public override async Task<ActionResult> HandleAsync([FromBody] EngraveRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            if (request.PreviewOnly)
            {
                var png = await _engraving.RenderPreviewAsync(request.TitleId, request.SourceFile, request.Resolution, cancellationToken);
                return PhysicalFile(png, "image/png");
            }

            var pdf = await _engraving.EngraveAsync(request.TitleId, request.SourceFile, request.PaperSize, cancellationToken);
            return PhysicalFile(pdf, "application/pdf", "parts.pdf");
        }
        catch (UnauthorizedAccessException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}
