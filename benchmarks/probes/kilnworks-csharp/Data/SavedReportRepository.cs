using Kilnworks.Domain;
using Microsoft.Data.SqlClient;
using RepoDb;

namespace Kilnworks.Data;

public sealed class SavedReportRepository
{
    private readonly IDbConnectionFactory _factory;

    public SavedReportRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task<int> SaveAsync(SavedReport report, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<int>(
            "INSERT INTO SavedReports (OwnerId, Title, FilterExpression, Recipient, CreatedAt) OUTPUT INSERTED.Id " +
            "VALUES (@OwnerId, @Title, @FilterExpression, @Recipient, SYSUTCDATETIME())",
            new { report.OwnerId, report.Title, report.FilterExpression, report.Recipient }, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<SavedReport>> AllAsync(CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<SavedReport>(
            "SELECT Id, OwnerId, Title, FilterExpression, Recipient, CreatedAt FROM SavedReports", cancellationToken: ct);
        return rows.ToList();
    }

    public async Task<IReadOnlyList<ReportRow>> RunAsync(SavedReport report, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var text = "SELECT k.Name, f.TargetCone, COUNT(*) AS Firings, AVG(CAST(f.PeakTemperatureC AS float)) AS AvgPeak " +
                   "FROM Firings f JOIN Kilns k ON k.Id = f.KilnId " +
                   $"WHERE f.ScheduledFor >= DATEADD(day, -30, SYSUTCDATETIME()) AND ({report.FilterExpression}) " +
                   "GROUP BY k.Name, f.TargetCone";
        await using var cmd = new SqlCommand(text, conn) { CommandTimeout = 120 };
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ReportRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<ReportRow>> RunForKilnAsync(int kilnId, int days, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT k.Name, f.TargetCone, COUNT(*), AVG(CAST(f.PeakTemperatureC AS float)) FROM Firings f JOIN Kilns k ON k.Id = f.KilnId " +
            "WHERE f.KilnId = @Kiln AND f.ScheduledFor >= DATEADD(day, -@Days, SYSUTCDATETIME()) GROUP BY k.Name, f.TargetCone", conn);
        cmd.Parameters.AddWithValue("@Kiln", kilnId);
        cmd.Parameters.AddWithValue("@Days", Math.Clamp(days, 1, 365));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ReportRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        }
        return rows;
    }
}

public sealed record ReportRow(string Kiln, string Cone, int Firings, double? AveragePeakC);
