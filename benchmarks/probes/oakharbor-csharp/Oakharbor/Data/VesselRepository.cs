using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IVesselRepository
{
    Task<Vessel?> GetAsync(int id, CancellationToken ct = default);
    Task<IReadOnlyList<Vessel>> ForOwnerAsync(string ownerAccount, CancellationToken ct = default);
    Task UpdateOwnerDetailsAsync(int id, string ownerAccount, string name, string? notes, string? websiteUrl, CancellationToken ct = default);
    Task SaveProfileAsync(VesselProfile profile, CancellationToken ct = default);
}

public sealed class VesselRepository : IVesselRepository
{
    private const string Columns =
        "id AS Id, name AS Name, hull_id AS HullId, mmsi AS Mmsi, loa_m AS LengthOverallMeters, beam_m AS BeamMeters, " +
        "draft_m AS DraftMeters, owner_account AS OwnerAccount, notes AS Notes, website_url AS WebsiteUrl";

    private readonly IOakDbConnections _db;

    public VesselRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<Vessel?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Vessel>($"SELECT {Columns} FROM vessels WHERE id = @Id", new { Id = id });
    }

    public async Task<IReadOnlyList<Vessel>> ForOwnerAsync(string ownerAccount, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        var rows = await connection.QueryAsync<Vessel>($"SELECT {Columns} FROM vessels WHERE owner_account = @Owner ORDER BY name", new { Owner = ownerAccount });
        return rows.AsList();
    }

    public async Task UpdateOwnerDetailsAsync(int id, string ownerAccount, string name, string? notes, string? websiteUrl, CancellationToken ct = default)
    {
        const string sql = @"UPDATE vessels
                             SET name = @Name, notes = @Notes, website_url = @WebsiteUrl, updated_at = now()
                             WHERE id = @Id AND owner_account = @Owner";

        await using var connection = await _db.OpenOperationalAsync(ct);
        var updated = await connection.ExecuteAsync(sql, new { Id = id, Owner = ownerAccount, Name = name, Notes = notes, WebsiteUrl = websiteUrl });
        if (updated == 0)
        {
            throw new KeyNotFoundException($"Vessel {id} not found for account {ownerAccount}.");
        }
    }

    public async Task SaveProfileAsync(VesselProfile profile, CancellationToken ct = default)
    {
        const string sql = @"INSERT INTO vessel_profiles (vessel_id, builder, year_built, engine_model, fuel_capacity_l)
                             VALUES (@VesselId, @Builder, @YearBuilt, @EngineModel, @FuelCapacityLitres)
                             ON CONFLICT (vessel_id) DO UPDATE
                             SET builder = EXCLUDED.builder, year_built = EXCLUDED.year_built,
                                 engine_model = EXCLUDED.engine_model, fuel_capacity_l = EXCLUDED.fuel_capacity_l";

        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(sql, profile);
    }
}
