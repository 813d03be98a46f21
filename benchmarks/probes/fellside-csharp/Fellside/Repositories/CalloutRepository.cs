using Dapper;
using Fellside.Data;
using Fellside.Domain;
using Fellside.Dtos;
using Fellside.Infrastructure;

namespace Fellside.Repositories;

public class CalloutRepository
{
    private static readonly Dictionary<string, string> LegacySortAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opened"] = "opened_utc",
        ["severity"] = "severity",
        ["location"] = "location",
        ["ref"] = "incident_ref"
    };

    private readonly IDbConnectionFactory _connections;

    public CalloutRepository(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<int> InsertAsync(Callout callout, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<int>(
            @"INSERT INTO callouts (incident_ref, team_code, location, grid_reference, casualties, severity, status,
                                    reported_by, notes, callback_url, opened_utc)
              VALUES (@IncidentRef, @TeamCode, @Location, @GridReference, @Casualties, @Severity, @Status,
                      @ReportedBy, @Notes, @CallbackUrl, @OpenedUtc)
              RETURNING id",
            callout);
    }

    public async Task<Callout?> GetAsync(int id, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        var callout = await conn.QuerySingleOrDefaultAsync<Callout>(
            @"SELECT id, incident_ref AS IncidentRef, team_code AS TeamCode, location, grid_reference AS GridReference,
                     casualties, severity, status, reported_by AS ReportedBy, notes, callback_url AS CallbackUrl,
                     opened_utc AS OpenedUtc, closed_utc AS ClosedUtc
              FROM callouts WHERE id = @id",
            new { id });
        if (callout is null)
        {
            return null;
        }

        var log = await conn.QueryAsync<CalloutLogEntry>(
            "SELECT id, callout_id AS CalloutId, author, text, at_utc AS AtUtc FROM callout_log WHERE callout_id = @id ORDER BY at_utc",
            new { id });
        callout.Log = log.ToList();
        return callout;
    }

    public async Task<IReadOnlyList<CalloutListItem>> ListForTeamAsync(CalloutListQuery query, CancellationToken ct)
    {
        var requested = query.SortBy ?? "opened";
        var column = LegacySortAliases.TryGetValue(requested, out var mapped) ? mapped : requested;
        var direction = query.Descending ? "DESC" : "ASC";

        var sql = @"SELECT id, incident_ref AS IncidentRef, team_code AS TeamCode, location, severity, status, opened_utc AS OpenedUtc
                    FROM callouts WHERE team_code = @TeamCode AND (@Status IS NULL OR status = @Status)
                    ORDER BY " + column + " " + direction;

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<CalloutListItem>(sql, new { query.TeamCode, query.Status }); // VULN sqli
        return rows.ToList();
    }

    public async Task<IReadOnlyList<CalloutListItem>> ListRecentAsync(string? sortBy, int limit, CancellationToken ct)
    {
        var column = SortColumns.ResolveCalloutColumn(sortBy);
        var sql = "SELECT id, incident_ref AS IncidentRef, team_code AS TeamCode, location, severity, status, opened_utc AS OpenedUtc " +
                  "FROM callouts ORDER BY " + column + " DESC LIMIT @limit";

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<CalloutListItem>(sql, new { limit = Math.Clamp(limit, 1, 200) }); // SAFE sqli
        return rows.ToList();
    }

    public async Task<IReadOnlyList<CalloutListItem>> SearchByLocationAsync(string fragment, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        var pattern = "%" + fragment.Replace("%", "\\%").Replace("_", "\\_") + "%";
        var rows = await conn.QueryAsync<CalloutListItem>("SELECT id, incident_ref AS IncidentRef, team_code AS TeamCode, location, severity, status, opened_utc AS OpenedUtc FROM callouts WHERE location ILIKE @pattern ORDER BY opened_utc DESC", new { pattern }); // SAFE sqli
        return rows.ToList();
    }

    public async Task AppendLogAsync(int calloutId, string author, string text, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync(
            "INSERT INTO callout_log (callout_id, author, text, at_utc) VALUES (@calloutId, @author, @text, now())",
            new { calloutId, author, text });
    }

    public async Task SetStatusAsync(int calloutId, string status, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync(
            "UPDATE callouts SET status = @status, closed_utc = CASE WHEN @status = 'Closed' THEN now() ELSE closed_utc END WHERE id = @calloutId",
            new { calloutId, status });
    }
}
