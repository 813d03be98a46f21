using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface ILeaseRepository
{
    Task<Lease?> GetAsync(Guid leaseId, CancellationToken ct = default);
    Task<IReadOnlyList<LeaseHistoryEntry>> HistoryForBerthAsync(string dockCode, int berthNumber, CancellationToken ct = default);
    Task<Guid> CreateDraftAsync(Lease lease, CancellationToken ct = default);
    Task ActivateAsync(Guid leaseId, string gatePin, CancellationToken ct = default);
}

public sealed class LeaseRepository : ILeaseRepository
{
    private readonly IOakDbConnections _db;

    public LeaseRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<Lease?> GetAsync(Guid leaseId, CancellationToken ct = default)
    {
        const string sql = @"SELECT id AS Id, berth_id AS BerthId, vessel_id AS VesselId, tenant_account AS TenantAccount,
                                    starts_on AS StartsOn, ends_on AS EndsOn, monthly_fee AS MonthlyFee, status AS Status, gate_pin AS GatePin
                             FROM leases WHERE id = @LeaseId";

        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Lease>(sql, new { LeaseId = leaseId }); // SAFE sqli
    }

    public async Task<IReadOnlyList<LeaseHistoryEntry>> HistoryForBerthAsync(string dockCode, int berthNumber, CancellationToken ct = default)
    {
        var sql = $@"SELECT l.id AS LeaseId, b.dock_code AS DockCode, b.berth_number AS BerthNumber, v.name AS VesselName,
                            l.starts_on AS StartsOn, l.ends_on AS EndsOn, l.status AS Status
                     FROM leases l
                     JOIN berths b ON b.id = l.berth_id
                     JOIN vessels v ON v.id = l.vessel_id
                     WHERE b.dock_code = '{dockCode}' AND b.berth_number = @BerthNumber
                     ORDER BY l.starts_on DESC";

        await using var connection = await _db.OpenOperationalAsync(ct);
        var rows = await connection.QueryAsync<LeaseHistoryEntry>(sql, new { BerthNumber = berthNumber }); // VULN sqli
        return rows.AsList();
    }

    public async Task<Guid> CreateDraftAsync(Lease lease, CancellationToken ct = default)
    {
        const string sql = @"INSERT INTO leases (id, berth_id, vessel_id, tenant_account, starts_on, ends_on, monthly_fee, status)
                             VALUES (@Id, @BerthId, @VesselId, @TenantAccount, @StartsOn, @EndsOn, @MonthlyFee, 'Draft')";

        lease.Id = lease.Id == Guid.Empty ? Guid.NewGuid() : lease.Id;
        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(sql, new
        {
            lease.Id,
            lease.BerthId,
            lease.VesselId,
            lease.TenantAccount,
            StartsOn = lease.StartsOn.ToDateTime(TimeOnly.MinValue),
            EndsOn = lease.EndsOn.ToDateTime(TimeOnly.MinValue),
            lease.MonthlyFee
        });
        return lease.Id;
    }

    public async Task ActivateAsync(Guid leaseId, string gatePin, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE leases SET status = 'Active', gate_pin = @GatePin, activated_at = now() WHERE id = @LeaseId",
            new { LeaseId = leaseId, GatePin = gatePin });
    }
}
