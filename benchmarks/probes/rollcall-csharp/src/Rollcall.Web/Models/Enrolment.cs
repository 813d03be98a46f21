namespace Rollcall.Web.Models;

public enum EnrolmentStatus
{
    Pending,
    Approved,
    Rejected,
}

public sealed class Enrolment
{
    public Guid Id { get; set; }
    public int SchoolId { get; set; }
    public string GuardianEmail { get; set; } = string.Empty;
    public string StudentFirstName { get; set; } = string.Empty;
    public string StudentLastName { get; set; } = string.Empty;
    public DateOnly DateOfBirth { get; set; }
    public int RequestedGradeLevel { get; set; }
    public string? PreviousSchool { get; set; }
    public EnrolmentStatus Status { get; set; }
    public string FormJson { get; set; } = "{}";
    public string? TranscriptJson { get; set; }
    public DateTime CreatedAt { get; set; }
}

// The online form lets each school add its own questions; answers are kept in CustomFields.
public sealed class EnrolmentForm
{
    public string StudentFirstName { get; set; } = string.Empty;
    public string StudentLastName { get; set; } = string.Empty;
    public DateTime DateOfBirth { get; set; }
    public int RequestedGradeLevel { get; set; }
    public string? PreviousSchool { get; set; }
    public List<EmergencyContact> EmergencyContacts { get; set; } = new();
    public Dictionary<string, object?> CustomFields { get; set; } = new();
}

public sealed class EmergencyContact
{
    public string Name { get; set; } = string.Empty;
    public string Relationship { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
}

public sealed class Transcript
{
    public string StudentNumber { get; set; } = string.Empty;
    public string SourceDistrict { get; set; } = string.Empty;
    public List<TranscriptCourse> Courses { get; set; } = new();
}

public sealed record TranscriptCourse(string Code, string Title, string Term, string Mark, decimal Credits);
