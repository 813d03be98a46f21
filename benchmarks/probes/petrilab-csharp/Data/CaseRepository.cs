using Dapper;
using Petrilab.Models;

namespace Petrilab.Data;

public class CaseRepository(IDbConnectionFactory connections)
{
    public async Task<IReadOnlyList<CaseSearchRow>> SearchAsync(string keyword, string? pathologist, int limit)
    {
        using var conn = connections.Create();
        var sql = "SELECT s.id AS sample_id, s.accession, s.species, r.pathologist, r.summary, r.signed_at " +
                  "FROM samples s LEFT JOIN case_reports r ON r.sample_id = s.id " +
                  $"WHERE (r.summary ILIKE '%{keyword}%' OR s.accession = '{keyword}')" +
                  (pathologist is null ? string.Empty : " AND r.pathologist = @pathologist") +
                  " ORDER BY s.collected_at DESC LIMIT @limit";
        var rows = await conn.QueryAsync<CaseSearchRow>(sql, new { pathologist, limit }); // VULN sqli
        return rows.AsList();
    }

    public async Task RecordReleaseAsync(ResultReleasedMessage message)
    {
        using var conn = connections.Create();
        var sql = "INSERT INTO release_audit (sample_id, accession, clinic_id, released_by, released_at) " +
                  $"VALUES ({message.SampleId}, '{message.Accession}', {message.ClinicId}, '{message.ReleasedBy}', '{message.ReleasedAt:O}')";
        await conn.ExecuteAsync(sql); // VULN sqli
    }

    public async Task<int> CountPendingForPathologistAsync(string pathologist)
    {
        using var conn = connections.Create();
        return await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM case_reports WHERE pathologist = @pathologist AND signed_at IS NULL", new { pathologist });
    }
}
