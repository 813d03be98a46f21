using System.Data;
using Microsoft.Data.SqlClient;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IReportRepository
{
    Task<IReadOnlyList<ReportRow>> OccupancyAsync(string grouping, int year, int month, bool includeLiveaboards, CancellationToken ct = default);
    Task<IReadOnlyList<ReportRow>> RevenueAsync(string dimension, int year, int month, CancellationToken ct = default);
    Task<IReadOnlyList<ReportRow>> OutstandingInvoicesAsync(string tenantAccount, CancellationToken ct = default);
    Task SaveSnapshotAsync(Guid reportId, string kind, IReadOnlyList<ReportRow> rows, CancellationToken ct = default);
}

public sealed class ReportRepository : IReportRepository
{
    private static readonly IReadOnlyDictionary<string, string> RevenueDimensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dock"] = "f.dock_code",
        ["berth-class"] = "f.berth_class",
        ["tenant-type"] = "f.tenant_type",
        ["month"] = "FORMAT(f.invoice_date, 'yyyy-MM')"
    };

    private readonly IOakDbConnections _db;

    public ReportRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<ReportRow>> OccupancyAsync(string grouping, int year, int month, bool includeLiveaboards, CancellationToken ct = default)
    {
        var sql = $@"SELECT CAST({grouping} AS nvarchar(100)) AS bucket, COUNT(*) AS nights, SUM(o.fee) AS amount
                     FROM fact_berth_occupancy o
                     WHERE o.occupancy_year = @Year AND o.occupancy_month = @Month
                       AND (@IncludeLiveaboards = 1 OR o.is_liveaboard = 0)
                     GROUP BY {grouping}
                     ORDER BY bucket";

        await using var connection = await _db.OpenWarehouseAsync(ct);
        await using var command = new SqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.Add("@Year", SqlDbType.Int).Value = year;
        command.Parameters.Add("@Month", SqlDbType.Int).Value = month;
        command.Parameters.Add("@IncludeLiveaboards", SqlDbType.Bit).Value = includeLiveaboards;
        await using var reader = await command.ExecuteReaderAsync(ct); // VULN sqli
        return await ReadRowsAsync(reader, ct);
    }

    public async Task<IReadOnlyList<ReportRow>> RevenueAsync(string dimension, int year, int month, CancellationToken ct = default)
    {
        if (!RevenueDimensions.TryGetValue(dimension, out var column))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unsupported revenue dimension.");
        }

        var sql = $@"SELECT CAST({column} AS nvarchar(100)) AS bucket, COUNT(*) AS invoices, SUM(f.net_amount) AS amount
                     FROM fact_invoice f
                     WHERE YEAR(f.invoice_date) = @Year AND MONTH(f.invoice_date) = @Month
                     GROUP BY {column}
                     ORDER BY amount DESC";

        await using var connection = await _db.OpenWarehouseAsync(ct);
        await using var command = new SqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.Add("@Year", SqlDbType.Int).Value = year;
        command.Parameters.Add("@Month", SqlDbType.Int).Value = month;
        await using var reader = await command.ExecuteReaderAsync(ct); // SAFE sqli
        return await ReadRowsAsync(reader, ct);
    }

    public async Task<IReadOnlyList<ReportRow>> OutstandingInvoicesAsync(string tenantAccount, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenLegacyBillingAsync(ct);
        await using var command = new SqlCommand(
            "SELECT inv_no AS bucket, DATEDIFF(day, due_date, GETDATE()) AS days_overdue, balance AS amount FROM dbo.invoices WHERE account_no = @Account AND balance > 0",
            connection);
        command.Parameters.Add(new SqlParameter("@Account", SqlDbType.VarChar, 20) { Value = tenantAccount });
        await using var reader = await command.ExecuteReaderAsync(ct); // SAFE sqli
        return await ReadRowsAsync(reader, ct);
    }

    public async Task SaveSnapshotAsync(Guid reportId, string kind, IReadOnlyList<ReportRow> rows, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenWarehouseAsync(ct);
        await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var row in rows)
        {
            await using var command = new SqlCommand(
                "INSERT INTO report_snapshots (report_id, kind, bucket, item_count, amount) VALUES (@Id, @Kind, @Bucket, @Count, @Amount)",
                connection,
                transaction);
            command.Parameters.Add("@Id", SqlDbType.UniqueIdentifier).Value = reportId;
            command.Parameters.Add("@Kind", SqlDbType.NVarChar, 40).Value = kind;
            command.Parameters.Add("@Bucket", SqlDbType.NVarChar, 100).Value = row.Bucket;
            command.Parameters.Add("@Count", SqlDbType.Int).Value = row.Count;
            command.Parameters.Add("@Amount", SqlDbType.Decimal).Value = row.Amount;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task<IReadOnlyList<ReportRow>> ReadRowsAsync(SqlDataReader reader, CancellationToken ct)
    {
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ReportRow
            {
                Bucket = reader.IsDBNull(0) ? "(none)" : reader.GetString(0),
                Count = reader.GetInt32(1),
                Amount = reader.IsDBNull(2) ? 0m : reader.GetDecimal(2)
            });
        }
        return rows;
    }
}
