using System.IO.Compression;
using System.Runtime.Serialization;
using System.Xml;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/imports")]
[Authorize(Policy = AuthSetup.RegistrarPolicy)]
public sealed class ImportsController : RollcallControllerBase
{
    private readonly ImportService _imports;
    private readonly ILogger<ImportsController> _logger;

    public ImportsController(ImportService imports, ILogger<ImportsController> logger)
    {
        _imports = imports;
        _logger = logger;
    }

    [HttpPost("roster")]
    [RequestSizeLimit(200 * 1024 * 1024)]
    public async Task<ActionResult<RosterImportResult>> Roster(
        [FromHeader(Name = "X-School-Id")] int schoolId,
        [FromForm] IFormFile archive,
        CancellationToken ct)
    {
        if (!archive.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return BadRequest(new { error = "Upload the .zip package produced by the state system." });
        }

        try
        {
            await using var stream = archive.OpenReadStream();
            return Ok(await _imports.ImportRosterArchiveAsync(stream, schoolId, ct));
        }
        catch (InvalidDataException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    [HttpPost("photos")]
    [RequestSizeLimit(500 * 1024 * 1024)]
    public IActionResult Photos([FromForm] IFormFile archive, CancellationToken ct)
    {
        try
        {
            using var stream = archive.OpenReadStream();
            var count = _imports.ImportPhotoArchive(stream, ct);
            return Ok(new { imported = count });
        }
        catch (InvalidDataException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    /// <summary>One-off migration of .dat snapshots written by the old district SIS.</summary>
    [HttpPost("legacy-snapshot")]
    [RequestSizeLimit(100 * 1024 * 1024)]
    public IActionResult LegacySnapshot([FromForm] IFormFile snapshot)
    {
        try
        {
            using var stream = snapshot.OpenReadStream();
            var result = _imports.ImportLegacySnapshot(stream);
            return Ok(new { result.DistrictCode, result.ExportedAt, students = result.Students.Count });
        }
        catch (SerializationException ex)
        {
            _logger.LogWarning(ex, "Unreadable legacy snapshot {Name}", snapshot.FileName);
            return BadRequest(new { error = "The snapshot could not be read." });
        }
    }

    [HttpPost("legacy-export")]
    public async Task<ActionResult<IReadOnlyList<StudentTransferRecord>>> LegacyExport([FromForm] IFormFile export, CancellationToken ct)
    {
        using var reader = new StreamReader(export.OpenReadStream());
        var xml = await reader.ReadToEndAsync(ct);
        try
        {
            return Ok(_imports.ParseLegacyExport(xml));
        }
        catch (XmlException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}
