using Microsoft.Data.SqlClient;

namespace Returnly.Data;

public sealed class ReturnRepository(IConfiguration configuration)
{
    private const string SelectColumns =
        "SELECT Id, RmaNumber, OrderNumber, CustomerEmail, Reason, CustomerNote, Status, WarehouseCode, ItemPrice, CreatedAt FROM ReturnAuthorizations";

    private readonly string _connectionString = configuration.GetConnectionString("Returns")
        ?? throw new InvalidOperationException("Connection string 'Returns' is missing");

    public async Task<ReturnAuthorization?> GetByNumberAsync(string rmaNumber, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = new SqlCommand(SelectColumns + " WHERE RmaNumber = @rma", conn); // SAFE sqli
        cmd.Parameters.AddWithValue("@rma", rmaNumber);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Map(reader) : null;
    }

    public async Task<IReadOnlyList<ReturnAuthorization>> SearchByCustomerAsync(string customer, string? status, CancellationToken ct = default)
    {
        var sql = SelectColumns + " WHERE CustomerEmail LIKE '%" + customer + "%'";
        if (!string.IsNullOrEmpty(status))
        {
            sql += " AND Status = '" + status + "'";
        }
        await using var conn = await OpenAsync(ct);
        await using var cmd = new SqlCommand(sql + " ORDER BY CreatedAt DESC", conn); // VULN sqli
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var results = new List<ReturnAuthorization>();
        while (await reader.ReadAsync(ct))
        {
            results.Add(Map(reader));
        }
        return results;
    }

    public async Task<long> NextSequenceAsync(CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT NEXT VALUE FOR dbo.RmaSequence", conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }

    public async Task InsertAsync(ReturnAuthorization rma, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO ReturnAuthorizations (Id, RmaNumber, OrderNumber, CustomerEmail, Reason, CustomerNote, Status, WarehouseCode, ItemPrice, CreatedAt) " +
            "VALUES (@id, @rma, @order, @email, @reason, @note, @status, @wh, @price, @created)", conn);
        cmd.Parameters.AddWithValue("@id", rma.Id);
        cmd.Parameters.AddWithValue("@rma", rma.RmaNumber);
        cmd.Parameters.AddWithValue("@order", rma.OrderNumber);
        cmd.Parameters.AddWithValue("@email", rma.CustomerEmail);
        cmd.Parameters.AddWithValue("@reason", rma.Reason);
        cmd.Parameters.AddWithValue("@note", (object?)rma.CustomerNote ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@status", rma.Status.ToString());
        cmd.Parameters.AddWithValue("@wh", rma.WarehouseCode);
        cmd.Parameters.AddWithValue("@price", rma.ItemPrice);
        cmd.Parameters.AddWithValue("@created", rma.CreatedAt);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<SqlConnection> OpenAsync(CancellationToken ct)
    {
        var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    private static ReturnAuthorization Map(SqlDataReader r) => new()
    {
        Id = r.GetGuid(0),
        RmaNumber = r.GetString(1),
        OrderNumber = r.GetString(2),
        CustomerEmail = r.GetString(3),
        Reason = r.GetString(4),
        CustomerNote = r.IsDBNull(5) ? null : r.GetString(5),
        Status = Enum.Parse<ReturnStatus>(r.GetString(6)),
        WarehouseCode = r.GetString(7),
        ItemPrice = r.GetDecimal(8),
        CreatedAt = r.GetDateTime(9),
    };
}
