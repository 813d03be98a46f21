using Npgsql;
using NpgsqlTypes;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Repositories;

public interface IFuelOrderRepository
{
    Task InsertAsync(FuelOrder order, CancellationToken ct);
    Task AppendAuditAsync(Guid orderId, string tailNumber, string action, string? remarks, CancellationToken ct);
    Task UpdateStateAsync(Guid orderId, FuelOrderState state, string? supplierReference, CancellationToken ct);
    Task<FuelOrder?> GetAsync(Guid orderId, CancellationToken ct);
}

public class FuelOrderRepository : IFuelOrderRepository
{
    private readonly NpgsqlDataSource _dataSource;

    public FuelOrderRepository(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public async Task InsertAsync(FuelOrder order, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO fuel_orders (id, turnaround_id, tail_number, stand, grade, uplift_litres, requested_by, requested_utc, state, delivery_ticket_url) " +
            "VALUES (@id, @turnaround, @tail, @stand, @grade, @litres, @by, @at, @state, @ticket)", conn);
        cmd.Parameters.AddWithValue("id", order.Id);
        cmd.Parameters.AddWithValue("turnaround", order.TurnaroundId);
        cmd.Parameters.AddWithValue("tail", order.TailNumber);
        cmd.Parameters.AddWithValue("stand", order.Stand);
        cmd.Parameters.AddWithValue("grade", order.Grade);
        cmd.Parameters.AddWithValue("litres", order.UpliftLitres);
        cmd.Parameters.AddWithValue("by", order.RequestedBy);
        cmd.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, order.RequestedUtc);
        cmd.Parameters.AddWithValue("state", order.State.ToString());
        cmd.Parameters.AddWithValue("ticket", (object?)order.DeliveryTicketUrl ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct); // SAFE sqli
    }

    public async Task AppendAuditAsync(Guid orderId, string tailNumber, string action, string? remarks, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(remarks) ? "NULL" : $"'{remarks.Trim()}'";
        var sql = $"INSERT INTO fuel_order_audit (order_id, tail_number, action, note, logged_utc) VALUES ('{orderId}', '{tailNumber}', '{action}', {note}, now())";

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct); // VULN sqli
    }

    public async Task UpdateStateAsync(Guid orderId, FuelOrderState state, string? supplierReference, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("UPDATE fuel_orders SET state = @state, supplier_reference = @ref WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("state", state.ToString());
        cmd.Parameters.AddWithValue("ref", (object?)supplierReference ?? DBNull.Value);
        cmd.Parameters.AddWithValue("id", orderId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<FuelOrder?> GetAsync(Guid orderId, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT id, turnaround_id, tail_number, stand, grade, uplift_litres, requested_by, requested_utc, state, supplier_reference, delivery_ticket_url FROM fuel_orders WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", orderId);

        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new FuelOrder
        {
            Id = reader.GetGuid(0),
            TurnaroundId = reader.GetGuid(1),
            TailNumber = reader.GetString(2),
            Stand = reader.GetString(3),
            Grade = reader.GetString(4),
            UpliftLitres = reader.GetInt32(5),
            RequestedBy = reader.GetString(6),
            RequestedUtc = reader.GetDateTime(7),
            State = Enum.Parse<FuelOrderState>(reader.GetString(8)),
            SupplierReference = reader.IsDBNull(9) ? null : reader.GetString(9),
            DeliveryTicketUrl = reader.IsDBNull(10) ? null : reader.GetString(10)
        };
    }
}
