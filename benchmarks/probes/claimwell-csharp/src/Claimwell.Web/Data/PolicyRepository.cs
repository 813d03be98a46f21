using Claimwell.Web.Models;
using Dapper;

namespace Claimwell.Web.Data;

public sealed class PolicyRepository
{
    private const string SummaryColumns =
        "p.Id, p.PolicyNumber, p.HolderFirstName, p.HolderLastName, p.ProductCode, p.Status, p.Premium";

    private readonly ISqlConnectionFactory _connections;

    public PolicyRepository(ISqlConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<IReadOnlyList<PolicySummary>> SearchByHolderAsync(string? lastName, string? sort, int page, CancellationToken ct)
    {
        var orderBy = PolicySortColumns.Resolve(sort);
        var skip = (Math.Max(page, 1) - 1) * 50;

        await using var conn = _connections.Create();
        var rows = await conn.QueryAsync<PolicySummary>(new CommandDefinition($"SELECT {SummaryColumns} FROM Policies p WHERE p.HolderLastName LIKE @Pattern ORDER BY {orderBy} OFFSET @Skip ROWS FETCH NEXT 50 ROWS ONLY", new { Pattern = (lastName ?? string.Empty) + "%", Skip = skip }, cancellationToken: ct)); // SAFE sqli
        return rows.AsList();
    }

    public async Task<PolicySummary?> FindByHolderEmailAsync(string email, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        return await conn.QueryFirstOrDefaultAsync<PolicySummary>("SELECT TOP 1 " + SummaryColumns + " FROM Policies p WHERE p.HolderEmail = '" + email.Trim() + "' AND p.Status <> 3 ORDER BY p.EffectiveFrom DESC"); // VULN sqli
    }

    public async Task<Policy?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        return await conn.QuerySingleOrDefaultAsync<Policy>(new CommandDefinition(
            "SELECT * FROM Policies WHERE Id = @Id",
            new { Id = id },
            cancellationToken: ct));
    }

    public async Task<Policy?> GetByNumberAsync(string policyNumber, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        return await conn.QuerySingleOrDefaultAsync<Policy>(new CommandDefinition(
            "SELECT * FROM Policies WHERE PolicyNumber = @PolicyNumber",
            new { PolicyNumber = policyNumber },
            cancellationToken: ct));
    }

    public async Task<IReadOnlyList<PolicySummary>> ListForAgencyAsync(string agencyCode, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        var rows = await conn.QueryAsync<PolicySummary>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM Policies p JOIN Brokers b ON b.Id = p.BrokerId " +
            "WHERE b.AgencyCode = @AgencyCode AND p.Status IN (0, 1) ORDER BY p.EffectiveTo",
            new { AgencyCode = agencyCode },
            cancellationToken: ct));
        return rows.AsList();
    }

    public async Task AppendEndorsementAsync(Guid policyId, string entryHtml, CancellationToken ct)
    {
        await using var conn = _connections.Create();
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE Policies SET EndorsementNotes = CONCAT(ISNULL(EndorsementNotes, ''), @Entry) WHERE Id = @Id",
            new { Entry = entryHtml, Id = policyId },
            cancellationToken: ct));
    }

    public async Task<bool> UpsertFromBordereauAsync(Policy policy, CancellationToken ct)
    {
        const string sql = """
            MERGE Policies AS target
            USING (SELECT @PolicyNumber AS PolicyNumber) AS source
               ON target.PolicyNumber = source.PolicyNumber
            WHEN MATCHED THEN
                UPDATE SET Premium = @Premium, CoverageLimit = @CoverageLimit, Deductible = @Deductible,
                           EffectiveFrom = @EffectiveFrom, EffectiveTo = @EffectiveTo, Status = @Status
            WHEN NOT MATCHED THEN
                INSERT (Id, PolicyNumber, ProductCode, HolderFirstName, HolderLastName, HolderEmail, BrokerId,
                        EffectiveFrom, EffectiveTo, Premium, CoverageLimit, Deductible, Status)
                VALUES (@Id, @PolicyNumber, @ProductCode, @HolderFirstName, @HolderLastName, @HolderEmail, @BrokerId,
                        @EffectiveFrom, @EffectiveTo, @Premium, @CoverageLimit, @Deductible, @Status)
            OUTPUT $action;
            """;

        await using var conn = _connections.Create();
        var action = await conn.ExecuteScalarAsync<string>(new CommandDefinition(sql, new
        {
            policy.Id,
            policy.PolicyNumber,
            policy.ProductCode,
            policy.HolderFirstName,
            policy.HolderLastName,
            policy.HolderEmail,
            policy.BrokerId,
            EffectiveFrom = policy.EffectiveFrom.ToDateTime(TimeOnly.MinValue),
            EffectiveTo = policy.EffectiveTo.ToDateTime(TimeOnly.MinValue),
            policy.Premium,
            policy.CoverageLimit,
            policy.Deductible,
            Status = (int)policy.Status
        }, cancellationToken: ct));
        return string.Equals(action, "INSERT", StringComparison.OrdinalIgnoreCase);
    }
}
