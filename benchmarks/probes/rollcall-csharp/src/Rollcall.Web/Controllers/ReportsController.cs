using System.Text.Encodings.Web;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Jobs;
using Rollcall.Web.Models;
using Rollcall.Web.Services;
using Rollcall.Web.Util;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/reports")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class ReportsController : RollcallControllerBase
{
    private readonly IBackgroundJobClient _jobs;
    private readonly AttendanceService _attendance;
    private readonly ExportService _exports;
    private readonly LetterService _letters;
    private readonly StudentService _students;

    public ReportsController(IBackgroundJobClient jobs, AttendanceService attendance, ExportService exports, LetterService letters, StudentService students)
    {
        _jobs = jobs;
        _attendance = attendance;
        _exports = exports;
        _letters = letters;
        _students = students;
    }

    [HttpPost("report-cards")]
    public IActionResult QueueReportCards([FromBody] ReportCardRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 120)
        {
            return BadRequest(new { error = "A title of up to 120 characters is required." });
        }

        var jobId = _jobs.Enqueue<ReportJobs>(job => job.RenderReportCardsAsync(request));
        return Accepted(new { jobId });
    }

    [HttpPost("archive/{term}")]
    [Authorize(Policy = AuthSetup.RegistrarPolicy)]
    public IActionResult ArchiveTerm([FromRoute] string term)
    {
        if (!InputRules.TermLabel().IsMatch(term))
        {
            return BadRequest(new { error = "Term must look like 2024-T1." });
        }

        var jobId = _jobs.Enqueue<ReportJobs>(job => job.ArchiveTermAsync(term));
        return Accepted(new { jobId });
    }

    [HttpPost("exports")]
    [Authorize(Policy = AuthSetup.RegistrarPolicy)]
    public async Task<IActionResult> Export([FromQuery] string name, [FromQuery] ExportFormat format, [FromHeader(Name = "X-School-Id")] int schoolId, CancellationToken ct)
    {
        if (!InputRules.ExportName().IsMatch(name))
        {
            return BadRequest(new { error = "Export names may contain letters, digits, '-' and '_'." });
        }

        var path = await _exports.CreateArchiveAsync(name, schoolId, format, ct);
        return Ok(new { file = Path.GetFileName(path) });
    }

    [HttpGet("attendance-summary")]
    public async Task<IActionResult> AttendanceSummary(
        [FromQuery] string classCode,
        [FromQuery] DateOnly from,
        [FromQuery] DateOnly to,
        [FromQuery] string? heading,
        CancellationToken ct)
    {
        var html = await _attendance.BuildSummaryHtmlAsync(classCode, from, to, heading, ct);
        if (html is null)
        {
            return Content($"<p class=\"empty\">No attendance recorded for {HtmlEncoder.Default.Encode(classCode)} in this period.</p>", "text/html"); // SAFE xss
        }

        return Content(html, "text/html"); // VULN xss
    }

    [HttpPost("letters/preview")]
    public async Task<IActionResult> PreviewLetter([FromBody] LetterPreviewRequest request, CancellationToken ct)
    {
        var student = await _students.GetByIdAsync(request.StudentId, ct);
        if (student is null)
        {
            return NotFound();
        }

        var model = new LetterModel
        {
            StudentName = $"{student.FirstName} {student.LastName}",
            GuardianName = "Parent/Guardian",
            SchoolName = User.FindFirst("school_name")?.Value ?? "Rollcall USD",
            TeacherName = User.FindFirst("name")?.Value ?? string.Empty,
            Date = DateOnly.FromDateTime(DateTime.Today),
        };

        var html = await _letters.PreviewAsync(request, model);
        return Content(html, "text/html");
    }
}
