using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/students")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class StudentsController : RollcallControllerBase
{
    private readonly StudentService _students;
    private readonly DocumentStore _documents;
    private readonly PhotoStore _photos;

    public StudentsController(StudentService students, DocumentStore documents, PhotoStore photos)
    {
        _students = students;
        _documents = documents;
        _photos = photos;
    }

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<StudentSummary>>> Search(
        [FromHeader(Name = "X-School-Id")] int schoolId,
        [FromQuery] string q,
        [FromQuery] string? sort,
        [FromQuery] string? order,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return BadRequest(new { error = "Search term must be at least two characters." });
        }

        if (sort is { Length: > 64 })
        {
            return BadRequest(new { error = "Unsupported sort." });
        }

        var students = await _students.SearchAsync(schoolId, q, sort, order, ct);
        return Ok(students.Select(StudentSummary.From).ToList());
    }

    [HttpGet("{studentNumber}")]
    public async Task<ActionResult<Student>> Get([FromRoute] string studentNumber, CancellationToken ct)
    {
        var student = await _students.GetByNumberAsync(studentNumber, ct);
        return student is null ? NotFound() : Ok(student);
    }

    [HttpGet("~/api/classes/{classId:int}/roster")]
    public async Task<ActionResult<IReadOnlyList<StudentSummary>>> Roster([FromRoute] int classId, [FromQuery] string? sort, CancellationToken ct)
    {
        var roster = await _students.GetRosterAsync(classId, sort, ct);
        return Ok(roster.Select(StudentSummary.From).ToList());
    }

    [HttpGet("~/api/classes/{classId:int}/seating")]
    public async Task<ActionResult<IReadOnlyList<StudentSummary>>> Seating([FromRoute] int classId, CancellationToken ct)
    {
        var roster = await _students.GetRosterAsync(classId, null, ct);
        return Ok(StudentService.SeatingChart(roster).Select(StudentSummary.From).ToList());
    }

    [HttpGet("photos/{photoId:guid}")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Photo([FromRoute] Guid photoId, CancellationToken ct)
    {
        var bytes = await _photos.GetStudentPhotoAsync(photoId, ct);
        return bytes is null ? NotFound() : File(bytes, "image/jpeg");
    }

    [HttpPost("{studentId:int}/attachments")]
    [RequestSizeLimit(12 * 1024 * 1024)]
    public async Task<ActionResult<StoredAttachment>> UploadAttachment([FromRoute] int studentId, [FromForm] IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0)
        {
            return BadRequest(new { error = "The file is empty." });
        }

        if (!await _students.ExistsAsync(studentId, ct))
        {
            return NotFound();
        }

        var stored = await _documents.SaveAttachmentAsync(studentId, file, ct);
        Response.Headers.ETag = stored.ETag;
        return Ok(stored);
    }
}
