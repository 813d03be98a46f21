using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Pages.Portal;

[Authorize(Policy = AuthSetup.GuardianPolicy)]
public sealed class StudentModel : PageModel
{
    private readonly StudentService _students;
    private readonly GradeService _grades;
    private readonly AttendanceService _attendance;

    public StudentModel(StudentService students, GradeService grades, AttendanceService attendance)
    {
        _students = students;
        _grades = grades;
        _attendance = attendance;
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Student? Student { get; private set; }

    public IReadOnlyList<Grade> Grades { get; private set; } = Array.Empty<Grade>();

    public IReadOnlyList<AttendanceRecord> Attendance { get; private set; } = Array.Empty<AttendanceRecord>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var linked = User.FindAll("student").Any(c => c.Value == Id.ToString(CultureInfo.InvariantCulture));
        if (!linked)
        {
            return Forbid();
        }

        Student = await _students.GetByIdAsync(Id, ct);
        if (Student is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Grades = await _grades.GetForStudentAsync(Id, null, ct);
        Attendance = await _attendance.GetHistoryAsync(Id, null, today.AddDays(-60), today, ct);
        return Page();
    }
}
