using System.Data.Common;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;

namespace Wardrobe.Web.Data;

public sealed class ReportRepository
{
    private const string OverdueSelect =
        "SELECT r.id, r.production_title, r.due_date, m.display_name, m.email, c.sku, c.name " +
        "FROM rentals r JOIN members m ON m.id = r.member_id JOIN costumes c ON c.id = r.costume_id";

    private readonly NpgsqlDataSource _dataSource;

    public ReportRepository(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public async Task<int> SaveAsync(SavedReport report, CancellationToken ct)
    {
        await using var cmd = _dataSource.CreateCommand(
            "INSERT INTO saved_reports (name, owner_login, status, category, overdue_days, schedule, created_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id");
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Name });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.OwnerLogin });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Status });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)report.Category ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.OverdueDays });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Schedule });
        var id = await cmd.ExecuteScalarAsync(ct);
        return Convert.ToInt32(id);
    }

    public async Task<IReadOnlyList<SavedReport>> ListScheduledAsync(string schedule, CancellationToken ct)
    {
        await using var cmd = _dataSource.CreateCommand(
            "SELECT id, name, owner_login, status, category, overdue_days, schedule, created_at FROM saved_reports WHERE schedule = @schedule ORDER BY id");
        cmd.Parameters.AddWithValue("schedule", schedule);

        var reports = new List<SavedReport>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            reports.Add(new SavedReport
            {
                Id = reader.GetInt32(0),
                Name = reader.GetString(1),
                OwnerLogin = reader.GetString(2),
                Status = reader.GetString(3),
                Category = reader.IsDBNull(4) ? null : reader.GetString(4),
                OverdueDays = reader.GetInt32(5),
                Schedule = reader.GetString(6),
                CreatedAt = reader.GetDateTime(7),
            });
        }

        return reports;
    }

    public async Task<IReadOnlyList<OverdueLine>> RunSavedReportAsync(SavedReport report, CancellationToken ct)
    {
        var sql = new StringBuilder(OverdueSelect);
        sql.Append(" WHERE r.status = '").Append(report.Status).Append('\'');
        sql.Append(" AND r.due_date < now() - interval '").Append(report.OverdueDays).Append(" days'");
        if (!string.IsNullOrEmpty(report.Category))
        {
            sql.Append(" AND c.category = '").Append(report.Category).Append('\'');
        }

        sql.Append(" ORDER BY r.due_date");

        await using var cmd = _dataSource.CreateCommand(sql.ToString());
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli
        return await ReadOverdueAsync(reader, ct);
    }

    public async Task<IReadOnlyList<OverdueLine>> RunAdHocAsync(string status, int overdueDays, string? category, CancellationToken ct)
    {
        await using var cmd = _dataSource.CreateCommand(
            OverdueSelect +
            " WHERE r.status = @status AND r.due_date < now() - make_interval(days => @days)" +
            " AND (@category IS NULL OR c.category = @category) ORDER BY r.due_date");
        cmd.Parameters.AddWithValue("status", status);
        cmd.Parameters.AddWithValue("days", overdueDays);
        cmd.Parameters.Add(new NpgsqlParameter("category", NpgsqlDbType.Text) { Value = (object?)category ?? DBNull.Value });

        await using var reader = await cmd.ExecuteReaderAsync(ct); // SAFE sqli
        return await ReadOverdueAsync(reader, ct);
    }

    private static async Task<IReadOnlyList<OverdueLine>> ReadOverdueAsync(DbDataReader reader, CancellationToken ct)
    {
        var lines = new List<OverdueLine>();
        while (await reader.ReadAsync(ct))
        {
            lines.Add(new OverdueLine(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetDateTime(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6)));
        }

        return lines;
    }
}
