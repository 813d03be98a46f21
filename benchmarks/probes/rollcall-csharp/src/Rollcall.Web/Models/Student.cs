namespace Rollcall.Web.Models;

public sealed class Student
{
    public int Id { get; set; }
    public string StudentNumber { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public DateOnly DateOfBirth { get; set; }
    public int SchoolId { get; set; }
    public int GradeLevel { get; set; }
    public int? ClassId { get; set; }
    public Guid? PhotoId { get; set; }
    public string? HomeStopCode { get; set; }
    public bool Active { get; set; } = true;
}

public sealed class SchoolClass
{
    public int Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int SchoolId { get; set; }
    public int TeacherId { get; set; }
    public string Term { get; set; } = string.Empty;
}

public sealed record StudentSummary(int Id, string StudentNumber, string Name, int GradeLevel, int? ClassId)
{
    public static StudentSummary From(Student student) =>
        new(student.Id, student.StudentNumber, $"{student.FirstName} {student.LastName}", student.GradeLevel, student.ClassId);
}

public sealed record StudentSearch(int SchoolId, string Term, string SortBy, string Direction, int Limit);

public sealed record StoredAttachment(string FileName, long Length, string ETag);

public sealed record RosterRow(string StudentNumber, string FirstName, string LastName, DateOnly DateOfBirth, int GradeLevel, string ClassCode);

public sealed record RosterImportResult(int Files, int Rows, int Created, int Updated, IReadOnlyList<string> Warnings);
