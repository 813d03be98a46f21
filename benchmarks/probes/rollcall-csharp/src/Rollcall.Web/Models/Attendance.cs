namespace Rollcall.Web.Models;

public enum AttendanceStatus
{
    Present,
    Absent,
    Late,
    Excused,
}

public sealed class AttendanceRecord
{
    public int StudentId { get; set; }
    public string StudentName { get; set; } = string.Empty;
    public string ClassCode { get; set; } = string.Empty;
    public DateTime SessionDate { get; set; }
    public string Status { get; set; } = nameof(AttendanceStatus.Present);
    public string? Note { get; set; }
}

public sealed record MarkAttendanceDto(int StudentId, AttendanceStatus Status, string? Note);

public sealed class AttendanceSummaryRow
{
    public int StudentId { get; set; }
    public string StudentName { get; set; } = string.Empty;
    public int Present { get; set; }
    public int Absent { get; set; }
    public int Late { get; set; }
    public int Excused { get; set; }
}

// Batches recorded by the tablet app while a classroom was offline.
public sealed class OfflineAttendanceBatch
{
    public string ClassCode { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string DeviceId { get; set; } = string.Empty;
    public List<AttendanceEntry> Entries { get; set; } = new();
}

public abstract class AttendanceEntry
{
    public int StudentId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public abstract AttendanceStatus ToStatus();
}

public sealed class PresentEntry : AttendanceEntry
{
    public override AttendanceStatus ToStatus() => AttendanceStatus.Present;
}

public sealed class AbsentEntry : AttendanceEntry
{
    public bool Excused { get; set; }
    public string? Reason { get; set; }

    public override AttendanceStatus ToStatus() => Excused ? AttendanceStatus.Excused : AttendanceStatus.Absent;
}

public sealed class LateEntry : AttendanceEntry
{
    public int MinutesLate { get; set; }

    public override AttendanceStatus ToStatus() => AttendanceStatus.Late;
}
