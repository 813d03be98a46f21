using Dapper;
using Npgsql;
using Rollcall.Web.Models;

namespace Rollcall.Web.Data;

public sealed class AttendanceRepository
{
    private const string RecordColumns =
        "a.student_id AS StudentId, s.first_name || ' ' || s.last_name AS StudentName, " +
        "a.class_code AS ClassCode, a.session_date AS SessionDate, a.status AS Status, a.note AS Note";

    private readonly NpgsqlDataSource _dataSource;

    public AttendanceRepository(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public async Task<IReadOnlyList<AttendanceRecord>> GetRollAsync(string classCode, DateOnly date, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var sql = $@"SELECT {RecordColumns}
                     FROM attendance a JOIN students s ON s.id = a.student_id
                     WHERE a.class_code = '{classCode}' AND a.session_date = @date
                     ORDER BY s.last_name, s.first_name";
        var rows = await connection.QueryAsync<AttendanceRecord>(sql, new { date = date.ToDateTime(TimeOnly.MinValue) }); // VULN sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<AttendanceRecord>> GetStudentHistoryAsync(int studentId, string? classCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var sql = $@"SELECT {RecordColumns}
                     FROM attendance a JOIN students s ON s.id = a.student_id
                     WHERE a.student_id = @studentId AND (@classCode IS NULL OR a.class_code = @classCode)
                       AND a.session_date BETWEEN @from AND @to
                     ORDER BY a.session_date DESC";
        var rows = await connection.QueryAsync<AttendanceRecord>(sql, new { studentId, classCode, from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) }); // SAFE sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<AttendanceSummaryRow>> GetSummaryAsync(string classCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        const string sql = @"SELECT a.student_id AS StudentId, s.first_name || ' ' || s.last_name AS StudentName,
                                    COUNT(*) FILTER (WHERE a.status = 'Present') AS Present,
                                    COUNT(*) FILTER (WHERE a.status = 'Absent') AS Absent,
                                    COUNT(*) FILTER (WHERE a.status = 'Late') AS Late,
                                    COUNT(*) FILTER (WHERE a.status = 'Excused') AS Excused
                             FROM attendance a JOIN students s ON s.id = a.student_id
                             WHERE a.class_code = @classCode AND a.session_date BETWEEN @from AND @to
                             GROUP BY a.student_id, s.first_name, s.last_name
                             ORDER BY s.last_name";
        var rows = await connection.QueryAsync<AttendanceSummaryRow>(sql, new { classCode, from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) });
        return rows.AsList();
    }

    public async Task<int> MarkAsync(string classCode, DateOnly date, IEnumerable<MarkAttendanceDto> marks, int staffId, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        const string upsert = @"INSERT INTO attendance (student_id, class_code, session_date, status, note, marked_by, marked_at)
                                VALUES (@StudentId, @ClassCode, @SessionDate, @Status, @Note, @MarkedBy, now())
                                ON CONFLICT (student_id, class_code, session_date)
                                DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, marked_by = EXCLUDED.marked_by, marked_at = now()";
        var parameters = marks.Select(m => new
        {
            m.StudentId,
            ClassCode = classCode,
            SessionDate = date.ToDateTime(TimeOnly.MinValue),
            Status = m.Status.ToString(),
            m.Note,
            MarkedBy = staffId,
        });
        var affected = await connection.ExecuteAsync(upsert, parameters, transaction);
        await transaction.CommitAsync(ct);
        return affected;
    }
}
