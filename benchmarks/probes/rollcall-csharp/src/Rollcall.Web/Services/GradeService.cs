using Rollcall.Web.Data;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class GradeService
{
    private readonly GradeRepository _grades;
    private readonly StudentRepository _students;
    private readonly FormulaEngine _formulas;

    public GradeService(GradeRepository grades, StudentRepository students, FormulaEngine formulas)
    {
        _grades = grades;
        _students = students;
        _formulas = formulas;
    }

    public async Task<IReadOnlyList<FinalGradePreview>> PreviewFinalGradesAsync(int classId, GradebookSettingsDto settings, CancellationToken ct)
    {
        var roster = await _students.GetRosterAsync(classId, "lastName", ct);
        var grades = await _grades.GetForClassAsync(classId, settings.Term, ct);
        var byStudent = grades.ToLookup(g => g.StudentId);

        var previews = new List<FinalGradePreview>(roster.Count);
        foreach (var student in roster)
        {
            var globals = GradeGlobals.FromGrades(byStudent[student.Id]);
            var final = string.IsNullOrWhiteSpace(settings.CustomFormula)
                ? await _formulas.EvaluatePresetAsync(settings.Preset ?? "standard", globals, ct)
                : await _formulas.EvaluateAsync(settings.CustomFormula, globals, ct);
            previews.Add(new FinalGradePreview(student.Id, $"{student.FirstName} {student.LastName}", final, LetterGrades.FromPercentage(final)));
        }

        return previews;
    }

    public Task<List<Grade>> GetForStudentAsync(int studentId, string? term, CancellationToken ct) =>
        _grades.GetForStudentAsync(studentId, term, ct);

    public async Task<bool> UpdateCommentAsync(int gradeId, string comment, int staffId, CancellationToken ct)
    {
        var trimmed = comment.Trim();
        if (trimmed.Length > 1000)
        {
            trimmed = trimmed[..1000];
        }

        return await _grades.UpdateCommentAsync(gradeId, trimmed, staffId, ct) == 1;
    }
}
