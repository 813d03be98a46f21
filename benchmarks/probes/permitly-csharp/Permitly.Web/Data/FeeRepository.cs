using Dapper;
using Microsoft.Data.SqlClient;
using Permitly.Web.Models;

namespace Permitly.Web.Data;

public sealed class FeeRepository(IConfiguration configuration)
{
    private const string LineColumns =
        "id AS Id, permit_number AS PermitNumber, category AS Category, description AS Description, amount AS Amount, paid_at AS PaidAt";

    private SqlConnection Connect() => new(configuration.GetConnectionString("Permits"));

    public async Task<IReadOnlyList<FeeLine>> GetLinesAsync(string permitNumber, string category)
    {
        await using var conn = Connect();
        var sql = $"SELECT {LineColumns} FROM fee_lines WHERE permit_number = @PermitNumber";
        if (!string.Equals(category, "all", StringComparison.OrdinalIgnoreCase))
            sql += " AND category = '" + category + "'";
        var rows = await conn.QueryAsync<FeeLine>(sql + " ORDER BY id", new { PermitNumber = permitNumber }); // VULN sqli
        return rows.AsList();
    }

    public async Task<decimal> BalanceAsync(string permitNumber)
    {
        await using var conn = Connect();
        var rows = await conn.QueryAsync<FeeLine>($"SELECT {LineColumns} FROM fee_lines WHERE permit_number = @PermitNumber AND paid_at IS NULL", new { PermitNumber = permitNumber }); // SAFE sqli
        return rows.Sum(l => l.Amount);
    }
}
