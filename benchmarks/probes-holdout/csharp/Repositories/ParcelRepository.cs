using Larderline.Data;
using Larderline.Domain;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Repositories;

public sealed class ParcelRepository(LarderlineDbContext db)
{
    public Task<Parcel?> FindAsync(int id, CancellationToken ct) =>
        db.Parcels.Include(p => p.Partner).FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<List<Parcel>> QueueForStationAsync(int take, CancellationToken ct) =>
        db.Parcels.Where(p => p.Status == ParcelStatus.Requested || p.Status == ParcelStatus.Packing)
            .OrderBy(p => p.Id)
            .Take(take)
            .ToListAsync(ct);

    public Task<int> MarkPackedAsync(int parcelId, string packedBy, CancellationToken ct)
    {
        return db.Database.ExecuteSqlRawAsync("UPDATE parcels SET status = 'Packed', packed_at = now(), packed_by = '" + packedBy + "' WHERE id = {0} AND status IN ('Requested', 'Packing')", new object[] { parcelId }, ct); // VULN sqli
    }

    public Task<int> MarkDispatchedAsync(int parcelId, int routeId, CancellationToken ct)
    {
        return db.Database.ExecuteSqlRawAsync($"UPDATE parcels SET status = 'Dispatched', dispatched_at = now(), route_id = {routeId} WHERE id = {parcelId} AND status = 'Packed'", ct); // SAFE sqli
    }

    public async Task SetCollectionCodeAsync(int parcelId, string code, CancellationToken ct)
    {
        await db.Parcels.Where(p => p.Id == parcelId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CollectionCode, code), ct);
    }

    public Task<List<PackingRule>> ActiveRulesAsync(int partnerId, CancellationToken ct) =>
        db.PackingRules.Where(r => r.PartnerId == partnerId && r.Active)
            .OrderBy(r => r.Priority)
            .AsNoTracking()
            .ToListAsync(ct);

    public async Task<PackingRule> AddRuleAsync(PackingRule rule, CancellationToken ct)
    {
        db.PackingRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    public async Task<PackingPlanDraft> AddDraftAsync(PackingPlanDraft draft, CancellationToken ct)
    {
        db.PackingPlanDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public Task<PackingPlanDraft?> FindDraftAsync(int draftId, CancellationToken ct) =>
        db.PackingPlanDrafts.FirstOrDefaultAsync(d => d.Id == draftId, ct);

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
