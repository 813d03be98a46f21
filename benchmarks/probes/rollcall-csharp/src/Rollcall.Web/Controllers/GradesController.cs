using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.CodeAnalysis.Scripting;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/grades")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class GradesController : RollcallControllerBase
{
    private readonly GradeService _grades;

    public GradesController(GradeService grades)
    {
        _grades = grades;
    }

    [HttpGet("~/api/students/{studentId:int}/grades")]
    public async Task<ActionResult<IReadOnlyList<Grade>>> ForStudent([FromRoute] int studentId, [FromQuery] string? term, CancellationToken ct)
    {
        return Ok(await _grades.GetForStudentAsync(studentId, term, ct));
    }

    [HttpPut("{gradeId:int}/comment")]
    public async Task<IActionResult> UpdateComment([FromRoute] int gradeId, [FromBody] GradeCommentDto body, CancellationToken ct)
    {
        var updated = await _grades.UpdateCommentAsync(gradeId, body.Comment, CurrentStaffId, ct);
        return updated ? NoContent() : NotFound();
    }

    [HttpGet("presets")]
    public ActionResult<IEnumerable<string>> Presets() => Ok(FormulaEngine.PresetNames);

    /// <summary>Shows teachers what final grades would look like under a weighting before they publish it.</summary>
    [HttpPost("~/api/classes/{classId:int}/final-grades/preview")]
    public async Task<ActionResult<IReadOnlyList<FinalGradePreview>>> PreviewFinalGrades([FromRoute] int classId, [FromBody] GradebookSettingsDto settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.Term))
        {
            return BadRequest(new { error = "Term is required." });
        }

        try
        {
            return Ok(await _grades.PreviewFinalGradesAsync(classId, settings, ct));
        }
        catch (CompilationErrorException ex)
        {
            return BadRequest(new { error = "The formula could not be understood.", details = ex.Diagnostics.Select(d => d.GetMessage()) });
        }
        catch (KeyNotFoundException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}
