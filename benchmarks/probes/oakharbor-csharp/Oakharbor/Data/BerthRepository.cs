using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IBerthRepository
{
    Task<Berth?> GetAsync(int id, CancellationToken ct = default);
    Task<IReadOnlyList<Berth>> SearchAsync(string? dockCode, decimal minLength, string orderBy, CancellationToken ct = default);
    Task<IReadOnlyList<Berth>> ListAvailableAsync(DateOnly from, DateOnly to, decimal length, decimal beam, CancellationToken ct = default);
}

public sealed class BerthRepository : IBerthRepository
{
    private const string Columns =
        "b.id AS Id, b.dock_code AS DockCode, b.berth_number AS BerthNumber, b.max_length_m AS MaxLengthMeters, " +
        "b.max_beam_m AS MaxBeamMeters, b.has_shore_power AS HasShorePower, b.daily_rate AS DailyRate";

    private readonly IOakDbConnections _db;

    public BerthRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<Berth?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Berth>($"SELECT {Columns} FROM berths b WHERE b.id = @Id AND b.retired = false", new { Id = id }); // SAFE sqli
    }

    public async Task<IReadOnlyList<Berth>> SearchAsync(string? dockCode, decimal minLength, string orderBy, CancellationToken ct = default)
    {
        var sql = $@"SELECT {Columns}
                     FROM berths b
                     WHERE b.retired = false
                       AND b.max_length_m >= @MinLength
                       AND (@DockCode IS NULL OR b.dock_code = @DockCode)
                     ORDER BY {orderBy}
                     LIMIT 200";

        await using var connection = await _db.OpenOperationalAsync(ct);
        var rows = await connection.QueryAsync<Berth>(sql, new { MinLength = minLength, DockCode = dockCode }); // VULN sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Berth>> ListAvailableAsync(DateOnly from, DateOnly to, decimal length, decimal beam, CancellationToken ct = default)
    {
        const string sql = $@"SELECT {Columns}
                              FROM berths b
                              WHERE b.retired = false
                                AND b.max_length_m >= @Length
                                AND b.max_beam_m >= @Beam
                                AND NOT EXISTS (
                                    SELECT 1 FROM leases l
                                    WHERE l.berth_id = b.id
                                      AND l.status IN ('PendingPayment', 'Active')
                                      AND l.starts_on < @To AND l.ends_on > @From)
                              ORDER BY b.daily_rate";

        await using var connection = await _db.OpenOperationalAsync(ct);
        var rows = await connection.QueryAsync<Berth>(sql, new
        {
            Length = length,
            Beam = beam,
            From = from.ToDateTime(TimeOnly.MinValue),
            To = to.ToDateTime(TimeOnly.MinValue)
        });
        return rows.AsList();
    }
}
