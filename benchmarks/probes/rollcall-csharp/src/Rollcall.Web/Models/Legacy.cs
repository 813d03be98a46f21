namespace Rollcall.Web.Models;

// Shapes written by the old district SIS (.NET Framework 4.0). Field names must not change.
[Serializable]
public sealed class LegacySisSnapshot
{
    public string DistrictCode = string.Empty;
    public DateTime ExportedAt;
    public List<LegacyStudentRow> Students = new();
}

[Serializable]
public sealed class LegacyStudentRow
{
    public string StudentNumber = string.Empty;
    public string GivenName = string.Empty;
    public string FamilyName = string.Empty;
    public DateTime BirthDate;
    public int Grade;
    public string? HomeroomCode;
}

public sealed record StudentTransferRecord(string StudentNumber, string FirstName, string LastName, int GradeLevel, string? SchoolCode);
