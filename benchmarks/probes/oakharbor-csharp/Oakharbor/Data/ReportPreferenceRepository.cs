using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IReportPreferenceRepository
{
    Task<ReportPreference> GetAsync(string userName, CancellationToken ct = default);
    Task SaveAsync(ReportPreference preference, CancellationToken ct = default);
}

public sealed class ReportPreferenceRepository : IReportPreferenceRepository
{
    private readonly IOakDbConnections _db;

    public ReportPreferenceRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<ReportPreference> GetAsync(string userName, CancellationToken ct = default)
    {
        const string sql = @"SELECT user_name AS UserName, occupancy_grouping AS OccupancyGrouping, revenue_dimension AS RevenueDimension,
                                    include_liveaboards AS IncludeLiveaboards, delivery_email AS DeliveryEmail
                             FROM report_preferences WHERE user_name = @UserName";

        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReportPreference>(sql, new { UserName = userName })
               ?? new ReportPreference { UserName = userName };
    }

    public async Task SaveAsync(ReportPreference preference, CancellationToken ct = default)
    {
        const string sql = @"INSERT INTO report_preferences (user_name, occupancy_grouping, revenue_dimension, include_liveaboards, delivery_email)
                             VALUES (@UserName, @OccupancyGrouping, @RevenueDimension, @IncludeLiveaboards, @DeliveryEmail)
                             ON CONFLICT (user_name) DO UPDATE
                             SET occupancy_grouping = EXCLUDED.occupancy_grouping,
                                 revenue_dimension = EXCLUDED.revenue_dimension,
                                 include_liveaboards = EXCLUDED.include_liveaboards,
                                 delivery_email = EXCLUDED.delivery_email";

        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(sql, preference);
    }
}
