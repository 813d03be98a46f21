using Dapper;
using Npgsql;

namespace Returnly.Data;

public sealed record InspectionQuery(string WarehouseCode, string OrderBy, int Limit, int Offset);

public sealed record InspectionExportQuery(string WarehouseCode, DateOnly From, DateOnly To, string SortColumn, string Direction);

public sealed class InspectionRepository(IConfiguration configuration)
{
    private readonly string _connectionString = configuration.GetConnectionString("Inspections")
        ?? throw new InvalidOperationException("Connection string 'Inspections' is missing");

    public async Task<IEnumerable<Inspection>> ListAsync(InspectionQuery query)
    {
        var sql = $"""
            SELECT i.id AS Id, i.rma_number AS RmaNumber, i.grade AS Grade, i.inspector_id AS InspectorId, i.received_at AS ReceivedAt
            FROM inspections i
            WHERE i.warehouse_code = @WarehouseCode
            ORDER BY {query.OrderBy}
            LIMIT @Limit OFFSET @Offset
            """;
        await using var conn = new NpgsqlConnection(_connectionString);
        return await conn.QueryAsync<Inspection>(sql, new { query.WarehouseCode, query.Limit, query.Offset }); // SAFE sqli
    }

    public async Task<IEnumerable<InspectionExportRow>> ExportRowsAsync(InspectionExportQuery q)
    {
        var sql = $"""
            SELECT i.rma_number AS RmaNumber, i.grade AS Grade, i.inspector_id AS InspectorId, i.received_at AS ReceivedAt, r.reason AS Reason
            FROM inspections i
            JOIN returns r ON r.rma_number = i.rma_number
            WHERE i.warehouse_code = '{q.WarehouseCode}' AND i.received_at >= @From AND i.received_at < @To
            ORDER BY {q.SortColumn} {q.Direction}
            """;
        await using var conn = new NpgsqlConnection(_connectionString);
        var range = new { From = q.From.ToDateTime(TimeOnly.MinValue), To = q.To.AddDays(1).ToDateTime(TimeOnly.MinValue) };
        return await conn.QueryAsync<InspectionExportRow>(sql, range); // VULN sqli
    }
}
