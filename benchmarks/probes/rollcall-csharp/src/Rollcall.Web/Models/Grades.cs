namespace Rollcall.Web.Models;

public sealed class Grade
{
    public int Id { get; set; }
    public int StudentId { get; set; }
    public int ClassId { get; set; }
    public string Term { get; set; } = string.Empty;
    public string Component { get; set; } = string.Empty;
    public decimal Score { get; set; }
    public decimal MaxScore { get; set; } = 100m;
    public string? Comment { get; set; }
    public int? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public sealed record GradeCommentDto(string Comment);

public sealed record GradebookSettingsDto(string Term, string? Preset, string? CustomFormula);

public sealed record FinalGradePreview(int StudentId, string StudentName, double Final, string Letter);

// Exposed to grading formulas as globals, so members must stay public.
public sealed class GradeGlobals
{
    public double Homework { get; init; }
    public double Quizzes { get; init; }
    public double Tests { get; init; }
    public double Project { get; init; }
    public double Participation { get; init; }

    public static GradeGlobals FromGrades(IEnumerable<Grade> grades)
    {
        double Average(string component)
        {
            var items = grades.Where(g => g.Component == component && g.MaxScore > 0).ToList();
            return items.Count == 0 ? 0 : items.Average(g => (double)(g.Score / g.MaxScore) * 100d);
        }

        return new GradeGlobals
        {
            Homework = Average("homework"),
            Quizzes = Average("quiz"),
            Tests = Average("test"),
            Project = Average("project"),
            Participation = Average("participation"),
        };
    }
}

public static class LetterGrades
{
    public static string FromPercentage(double value) => value switch
    {
        >= 93 => "A",
        >= 90 => "A-",
        >= 87 => "B+",
        >= 83 => "B",
        >= 80 => "B-",
        >= 77 => "C+",
        >= 73 => "C",
        >= 70 => "C-",
        >= 60 => "D",
        _ => "F",
    };
}
