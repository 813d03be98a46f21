using System.Globalization;
using Newtonsoft.Json;
using Rollcall.Web.Data;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

public sealed class AttendanceService
{
    private static readonly JsonSerializerSettings OfflineBatchSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new AttendanceEntryBinder(),
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly AttendanceRepository _repository;
    private readonly ILogger<AttendanceService> _logger;

    public AttendanceService(AttendanceRepository repository, ILogger<AttendanceService> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    public Task<IReadOnlyList<AttendanceRecord>> GetRollAsync(string classCode, DateOnly date, CancellationToken ct) =>
        _repository.GetRollAsync(classCode.Trim(), date, ct);

    public Task<IReadOnlyList<AttendanceRecord>> GetHistoryAsync(int studentId, string? classCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        return _repository.GetStudentHistoryAsync(studentId, classCode, from, to, ct);
    }

    public async Task<int> MarkAsync(string classCode, DateOnly date, IReadOnlyList<MarkAttendanceDto> marks, int staffId, CancellationToken ct)
    {
        if (date > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            throw new ArgumentException("Attendance cannot be recorded for a future date.");
        }

        var affected = await _repository.MarkAsync(classCode, date, marks, staffId, ct);
        _logger.LogInformation("Staff {StaffId} marked {Count} students in {ClassCode} for {Date}", staffId, affected, classCode, date);
        return affected;
    }

    public OfflineAttendanceBatch ParseOfflineBatch(string payload)
    {
        var batch = JsonConvert.DeserializeObject<OfflineAttendanceBatch>(payload, OfflineBatchSettings); // SAFE deser
        return batch ?? throw new ArgumentException("Empty offline batch.");
    }

    public Task<int> ApplyOfflineBatchAsync(OfflineAttendanceBatch batch, int staffId, CancellationToken ct)
    {
        var marks = batch.Entries
            .GroupBy(e => e.StudentId)
            .Select(g => g.OrderByDescending(e => e.RecordedAt).First())
            .Select(e => new MarkAttendanceDto(e.StudentId, e.ToStatus(), e is AbsentEntry absent ? absent.Reason : null))
            .ToList();
        return MarkAsync(batch.ClassCode, batch.Date, marks, staffId, ct);
    }

    public async Task<string?> BuildSummaryHtmlAsync(string classCode, DateOnly from, DateOnly to, string? heading, CancellationToken ct)
    {
        var rows = await _repository.GetSummaryAsync(classCode, from, to, ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var report = new HtmlReportBuilder()
            .Title(string.IsNullOrWhiteSpace(heading) ? $"Attendance summary {classCode}" : heading)
            .Paragraph($"{from.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}")
            .Table(
                new[] { "Student", "Present", "Absent", "Late", "Excused" },
                rows.Select(r => (IReadOnlyList<string>)new[]
                {
                    r.StudentName,
                    r.Present.ToString(CultureInfo.InvariantCulture),
                    r.Absent.ToString(CultureInfo.InvariantCulture),
                    r.Late.ToString(CultureInfo.InvariantCulture),
                    r.Excused.ToString(CultureInfo.InvariantCulture),
                }))
            .Footer(DateTimeOffset.UtcNow);

        return report.Build();
    }
}
