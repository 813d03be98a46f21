using Npgsql;
using NpgsqlTypes;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IWorkOrderRepository
{
    Task<WorkOrder?> GetAsync(int id, CancellationToken ct = default);
    Task<IReadOnlyList<WorkOrder>> FindByVesselNameAsync(string vesselName, string? dockCode, CancellationToken ct = default);
    Task<int> CreateAsync(WorkOrder order, CancellationToken ct = default);
    Task MarkCompletedAsync(int id, decimal labourHours, CancellationToken ct = default);
    Task AppendNoteAsync(int id, string author, string note, CancellationToken ct = default);
}

public sealed class WorkOrderRepository : IWorkOrderRepository
{
    private const string SelectColumns =
        "w.id, w.vessel_id, v.name, w.partner_id, w.category, w.description, w.status, w.estimated_hours, w.labour_hours, w.opened_at, w.completed_at";

    private readonly IOakDbConnections _db;

    public WorkOrderRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<WorkOrder?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {SelectColumns} FROM work_orders w JOIN vessels v ON v.id = w.vessel_id WHERE w.id = @id", connection);
        command.Parameters.AddWithValue("id", NpgsqlDbType.Integer, id);
        await using var reader = await command.ExecuteReaderAsync(ct); // SAFE sqli
        return await reader.ReadAsync(ct) ? Map(reader) : null;
    }

    public async Task<IReadOnlyList<WorkOrder>> FindByVesselNameAsync(string vesselName, string? dockCode, CancellationToken ct = default)
    {
        var dockClause = dockCode is null ? string.Empty : " AND b.dock_code = @dock";
        await using var connection = await _db.OpenOperationalAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {SelectColumns} FROM work_orders w JOIN vessels v ON v.id = w.vessel_id LEFT JOIN leases l ON l.vessel_id = v.id AND l.status = 'Active' LEFT JOIN berths b ON b.id = l.berth_id WHERE v.name ILIKE '%{vesselName}%'{dockClause} ORDER BY w.opened_at DESC", connection);
        if (dockCode is not null)
        {
            command.Parameters.AddWithValue("dock", dockCode);
        }

        var results = new List<WorkOrder>();
        await using var reader = await command.ExecuteReaderAsync(ct); // VULN sqli
        while (await reader.ReadAsync(ct))
        {
            results.Add(Map(reader));
        }
        return results;
    }

    public async Task<int> CreateAsync(WorkOrder order, CancellationToken ct = default)
    {
        const string sql = @"INSERT INTO work_orders (vessel_id, partner_id, category, description, status, estimated_hours, opened_at)
                             VALUES (@vessel, @partner, @category, @description, 'Open', @estimate, now())
                             RETURNING id";

        await using var connection = await _db.OpenOperationalAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("vessel", order.VesselId);
        command.Parameters.AddWithValue("partner", (object?)order.PartnerId ?? DBNull.Value);
        command.Parameters.AddWithValue("category", order.Category);
        command.Parameters.AddWithValue("description", order.Description);
        command.Parameters.AddWithValue("estimate", order.EstimatedHours);
        var id = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(id);
    }

    public async Task MarkCompletedAsync(int id, decimal labourHours, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        await using var command = new NpgsqlCommand(
            "UPDATE work_orders SET status = 'Completed', labour_hours = @hours, completed_at = now() WHERE id = @id AND status <> 'Cancelled'",
            connection);
        command.Parameters.AddWithValue("hours", labourHours);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AppendNoteAsync(int id, string author, string note, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        await using var command = new NpgsqlCommand(
            "INSERT INTO work_order_notes (work_order_id, author, body, created_at) VALUES (@id, @author, @body, now())",
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("author", author);
        command.Parameters.AddWithValue("body", note);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static WorkOrder Map(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt32(0),
        VesselId = reader.GetInt32(1),
        VesselName = reader.GetString(2),
        PartnerId = reader.IsDBNull(3) ? null : reader.GetInt32(3),
        Category = reader.GetString(4),
        Description = reader.GetString(5),
        Status = Enum.Parse<WorkOrderStatus>(reader.GetString(6)),
        EstimatedHours = reader.GetDecimal(7),
        LabourHours = reader.IsDBNull(8) ? null : reader.GetDecimal(8),
        OpenedAt = reader.GetFieldValue<DateTimeOffset>(9),
        CompletedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)
    };
}
