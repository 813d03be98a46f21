using System.Text;
using Dapper;
using Enrolla.Core.Models;

namespace Enrolla.Data.Repositories;

public sealed class SchoolRepository(IDbConnectionFactory connections)
{
    private const string Columns = "id AS Id, urn AS Urn, name AS Name, phase AS Phase, la_code AS LaCode, local_authority AS LocalAuthority, capacity AS Capacity";
    public async Task<IEnumerable<School>> SearchAsync(SchoolSearchFilter filter)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM schools WHERE open = true");
        if (!string.IsNullOrWhiteSpace(filter.NameContains))
            sql.Append(" AND name ILIKE '%").Append(filter.NameContains).Append("%'");
        if (filter.Phase is { } phase)
            sql.Append(" AND phase = '").Append(phase).Append('\'');
        sql.Append(" ORDER BY name LIMIT 50");
        using var conn = connections.Open();
        return await conn.QueryAsync<School>(sql.ToString()); // VULN sqli
    }

    public async Task<IEnumerable<School>> ByAuthorityAsync(string localAuthority)
    {
        using var conn = connections.Open();
        return await conn.QueryAsync<School>($"SELECT {Columns} FROM schools WHERE local_authority = @localAuthority ORDER BY name", new { localAuthority }); // SAFE sqli
    }

    public async Task<School?> GetByUrnAsync(string urn)
    {
        using var conn = connections.Open();
        return await conn.QuerySingleOrDefaultAsync<School>($"SELECT {Columns} FROM schools WHERE urn = @urn", new { urn });
    }

    public async Task<int> ComparablePlacesAsync(int schoolId)
    {
        using var conn = connections.Open();
        var school = await conn.QuerySingleAsync<School>($"SELECT {Columns} FROM schools WHERE id = @schoolId", new { schoolId });
        return await conn.ExecuteScalarAsync<int>("SELECT COALESCE(SUM(capacity), 0) FROM schools WHERE phase = '" + school.Phase + "' AND la_code = " + school.LaCode); // SAFE sqli
    }

    public async Task<int> UpdateCapacityAsync(string urn, int capacity)
    {
        using var conn = connections.Open();
        return await conn.ExecuteAsync("UPDATE schools SET capacity = @capacity, updated_at = now() WHERE urn = @urn", new { urn, capacity });
    }
}
