using System.Data;
using Claimwell.Web.Models;
using Microsoft.Data.SqlClient;

namespace Claimwell.Web.Data;

public sealed class PayoutLedgerDao
{
    private readonly ISqlConnectionFactory _connections;
    private readonly ILogger<PayoutLedgerDao> _logger;

    public PayoutLedgerDao(ISqlConnectionFactory connections, ILogger<PayoutLedgerDao> logger)
    {
        _connections = connections;
        _logger = logger;
    }

    public async Task<List<LedgerEntryDto>> GetLedgerAsync(string claimReference, CancellationToken ct)
    {
        var entries = new List<LedgerEntryDto>();
        await using var conn = _connections.Create();
        await conn.OpenAsync(ct);

        var sql = "SELECT l.Id, c.Reference, l.Amount, l.Currency, l.PostedAt, l.PostedBy " +
                  "FROM PayoutLedger l JOIN Claims c ON c.Id = l.ClaimId " +
                  "WHERE c.Reference = '" + claimReference + "' ORDER BY l.PostedAt";

        await using var cmd = new SqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new LedgerEntryDto(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetDecimal(2),
                reader.GetString(3),
                reader.GetDateTimeOffset(4),
                reader.GetString(5)));
        }

        return entries;
    }

    public async Task<decimal> GetTotalPaidAsync(Guid claimId, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        await conn.OpenAsync(ct);

        await using var cmd = new SqlCommand("SELECT ISNULL(SUM(Amount), 0) FROM PayoutLedger WHERE ClaimId = '" + claimId + "'", conn);
        var total = await cmd.ExecuteScalarAsync(ct); // SAFE sqli
        return total is decimal d ? d : 0m;
    }

    public async Task<Guid> AppendAsync(Guid claimId, decimal amount, string currency, string postedBy, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await using var conn = _connections.Create();
        await conn.OpenAsync(ct);
        await using var tx = (SqlTransaction)await conn.BeginTransactionAsync(IsolationLevel.Serializable, ct);

        await using (var cmd = new SqlCommand(
            "INSERT INTO PayoutLedger (Id, ClaimId, Amount, Currency, PostedAt, PostedBy) " +
            "VALUES (@Id, @ClaimId, @Amount, @Currency, SYSDATETIMEOFFSET(), @PostedBy)", conn, tx))
        {
            cmd.Parameters.Add("@Id", SqlDbType.UniqueIdentifier).Value = id;
            cmd.Parameters.Add("@ClaimId", SqlDbType.UniqueIdentifier).Value = claimId;
            cmd.Parameters.Add("@Amount", SqlDbType.Decimal).Value = amount;
            cmd.Parameters.Add("@Currency", SqlDbType.Char, 3).Value = currency;
            cmd.Parameters.Add("@PostedBy", SqlDbType.NVarChar, 128).Value = postedBy;
            await cmd.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        _logger.LogInformation("Ledger entry {EntryId} posted for claim {ClaimId}: {Amount} {Currency}", id, claimId, amount, currency);
        return id;
    }
}
