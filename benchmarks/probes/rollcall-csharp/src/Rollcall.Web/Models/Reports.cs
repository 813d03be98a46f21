namespace Rollcall.Web.Models;

public sealed record ReportCardRequest(int SchoolId, int ClassId, string Term, string Title);

public sealed record ReportCardLine(string Component, string Mark, string? Comment);

public sealed class ReportCardModel
{
    public string DistrictName { get; init; } = string.Empty;
    public string Title { get; init; } = string.Empty;
    public string Term { get; init; } = string.Empty;
    public string StudentName { get; init; } = string.Empty;
    public string StudentNumber { get; init; } = string.Empty;
    public int GradeLevel { get; init; }
    public IReadOnlyList<ReportCardLine> Lines { get; init; } = Array.Empty<ReportCardLine>();

    public static ReportCardModel Build(Student student, IEnumerable<Grade> grades, ReportCardRequest request, string districtName) => new()
    {
        DistrictName = districtName,
        Title = request.Title,
        Term = request.Term,
        StudentName = $"{student.FirstName} {student.LastName}",
        StudentNumber = student.StudentNumber,
        GradeLevel = student.GradeLevel,
        Lines = grades
            .GroupBy(g => g.Component)
            .Select(group => new ReportCardLine(
                group.Key,
                LetterGrades.FromPercentage(group.Average(g => g.MaxScore == 0 ? 0 : (double)(g.Score / g.MaxScore) * 100d)),
                group.Select(g => g.Comment).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))))
            .ToList(),
    };
}

public sealed record LetterPreviewRequest(int StudentId, string Heading, string Body);

public sealed class LetterModel
{
    public string StudentName { get; init; } = string.Empty;
    public string GuardianName { get; init; } = string.Empty;
    public string SchoolName { get; init; } = string.Empty;
    public string TeacherName { get; init; } = string.Empty;
    public DateOnly Date { get; init; }
}

public sealed class AbsenceLetterModel
{
    public string GuardianName { get; init; } = string.Empty;
    public string StudentName { get; init; } = string.Empty;
    public string SchoolName { get; init; } = string.Empty;
    public int AbsenceCount { get; init; }
    public IReadOnlyList<string> Dates { get; init; } = Array.Empty<string>();
}
