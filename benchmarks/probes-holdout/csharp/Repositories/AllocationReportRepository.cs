using System.Data;
using Larderline.Contracts;
using Microsoft.Data.SqlClient;

namespace Larderline.Repositories;

/// <summary>
/// Reads from the regional allocations warehouse (SQL Server, owned by the logistics team).
/// </summary>
public sealed class AllocationReportRepository(IConfiguration configuration, ILogger<AllocationReportRepository> logger)
{
    private string ConnectionString =>
        configuration.GetConnectionString("Warehouse")
        ?? throw new InvalidOperationException("Warehouse connection string is not configured.");

    public async Task<IReadOnlyList<AllocationLine>> RegionalAllocationAsync(string region, DateOnly month, CancellationToken ct)
    {
        await using var conn = new SqlConnection(ConnectionString);
        await conn.OpenAsync(ct);

        var sql = "SELECT a.category, SUM(a.weight_kg) AS weight_kg, COUNT(DISTINCT a.parcel_id) AS parcels " +
                  "FROM dbo.allocations a WHERE a.region = '" + region + "' AND a.allocation_month = @month " +
                  "GROUP BY a.category ORDER BY weight_kg DESC";

        await using var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.Add("@month", SqlDbType.Date).Value = month.ToDateTime(TimeOnly.MinValue);
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli

        var lines = new List<AllocationLine>();
        while (await reader.ReadAsync(ct))
        {
            lines.Add(new AllocationLine(reader.GetString(0), reader.GetDecimal(1), reader.GetInt32(2)));
        }
        logger.LogInformation("Allocation report for {Region} {Month}: {Count} categories", region, month, lines.Count);
        return lines;
    }

    public async Task<decimal> VolunteerHoursAsync(int volunteerId, int year, CancellationToken ct)
    {
        await using var conn = new SqlConnection(ConnectionString);
        await conn.OpenAsync(ct);

        await using var cmd = new SqlCommand(
            "SELECT ISNULL(SUM(h.hours), 0) FROM dbo.volunteer_hours h WHERE h.volunteer_id = @volunteerId AND YEAR(h.shift_date) = @year", conn);
        cmd.Parameters.Add("@volunteerId", SqlDbType.Int).Value = volunteerId;
        cmd.Parameters.Add("@year", SqlDbType.Int).Value = year;
        var result = await cmd.ExecuteScalarAsync(ct); // SAFE sqli
        return result is decimal d ? d : Convert.ToDecimal(result ?? 0m);
    }
}
