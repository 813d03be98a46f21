using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Quayside.Api.Data;

public sealed class ReportRepository
{
    private const string RevenueSelect =
        "SELECT s.route_code AS \"RouteCode\", COUNT(DISTINCT s.id)::int AS \"Sailings\", " +
        "COALESCE(SUM(b.passengers), 0)::int AS \"Passengers\", COALESCE(SUM(b.total_fare), 0) AS \"Revenue\" " +
        "FROM sailing s LEFT JOIN booking b ON b.sailing_id = s.id AND b.status IN ('Confirmed', 'CheckedIn', 'Boarded')";

    private readonly QuaysideDbContext _db;

    public ReportRepository(QuaysideDbContext db)
    {
        _db = db;
    }

    public async Task<int> SaveDefinitionAsync(ReportDefinition definition, CancellationToken ct)
    {
        _db.ReportDefinitions.Add(definition);
        await _db.SaveChangesAsync(ct);
        return definition.Id;
    }

    public Task<List<ReportDefinition>> AllDefinitionsAsync(CancellationToken ct) =>
        _db.ReportDefinitions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);

    public async Task TouchAsync(int definitionId, CancellationToken ct)
    {
        await _db.ReportDefinitions
            .Where(d => d.Id == definitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastRunAt, DateTimeOffset.UtcNow), ct);
    }

    public async Task<List<RevenueRow>> RevenueForFilterAsync(string routeFilter, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var sql = RevenueSelect +
                  " WHERE s.departs_at >= @from AND s.departs_at < @to" +
                  " AND s.route_code IN (" + routeFilter + ")" +
                  " GROUP BY s.route_code ORDER BY s.route_code";

        var fromParam = new NpgsqlParameter("from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var toParam = new NpgsqlParameter("to", to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        return await _db.Database.SqlQueryRaw<RevenueRow>(sql, fromParam, toParam).ToListAsync(ct); // VULN sqli
    }

    public async Task<List<RevenueRow>> RevenueForRouteAsync(string routeCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        return await _db.Database.SqlQuery<RevenueRow>($"SELECT s.route_code AS \"RouteCode\", COUNT(DISTINCT s.id)::int AS \"Sailings\", COALESCE(SUM(b.passengers), 0)::int AS \"Passengers\", COALESCE(SUM(b.total_fare), 0) AS \"Revenue\" FROM sailing s LEFT JOIN booking b ON b.sailing_id = s.id WHERE s.route_code = {routeCode} AND s.departs_at >= {fromUtc} AND s.departs_at < {toUtc} GROUP BY s.route_code").ToListAsync(ct); // SAFE sqli
    }
}
