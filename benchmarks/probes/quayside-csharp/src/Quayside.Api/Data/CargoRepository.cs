using Quayside.Api.Domain;
using ServiceStack.Data;
using ServiceStack.OrmLite;

namespace Quayside.Api.Data;

public sealed class CargoRepository
{
    private readonly IDbConnectionFactory _factory;

    public CargoRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task SaveManifestAsync(CargoManifest manifest, IReadOnlyCollection<CargoItem> items, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        using var tx = db.OpenTransaction();
        await db.InsertAsync(manifest, token: ct);
        foreach (var item in items)
        {
            item.ManifestId = manifest.Id;
        }

        await db.InsertAllAsync(items, ct);
        tx.Commit();
    }

    public async Task<CargoManifest?> GetManifestAsync(Guid manifestId, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return await db.SingleByIdAsync<CargoManifest>(manifestId, ct);
    }

    public async Task<List<CargoItem>> ItemsForManifestAsync(Guid manifestId, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return await db.SqlListAsync<CargoItem>("SELECT * FROM cargo_item WHERE manifest_id = @manifestId ORDER BY id", new { manifestId }, ct); // SAFE sqli
    }

    public async Task<List<CargoItem>> ItemsByHsPrefixAsync(string hsPrefix, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return await db.SqlListAsync<CargoItem>("SELECT i.* FROM cargo_item i JOIN cargo_manifest m ON m.id = i.manifest_id WHERE m.status <> 'Void' AND i.hs_code LIKE '" + hsPrefix + "%' ORDER BY i.hs_code", ct); // VULN sqli
    }

    public async Task<List<CargoItem>> DangerousGoodsForSailingAsync(Guid sailingId, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        var q = db.From<CargoItem>()
            .Join<CargoItem, CargoManifest>((i, m) => i.ManifestId == m.Id)
            .Where<CargoManifest>(m => m.SailingId == sailingId)
            .And(i => i.HazardClass != null);
        return await db.SelectAsync(q, ct);
    }

    public async Task MarkManifestAsync(Guid manifestId, string status, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        await db.UpdateOnlyAsync(() => new CargoManifest { Status = status }, m => m.Id == manifestId, token: ct);
    }

    public async Task<int> AddSubscriptionAsync(WebhookSubscription subscription, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return (int)await db.InsertAsync(subscription, selectIdentity: true, token: ct);
    }

    public async Task<WebhookSubscription?> GetSubscriptionAsync(int id, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return await db.SingleByIdAsync<WebhookSubscription>(id, ct);
    }

    public async Task<List<WebhookSubscription>> ActiveSubscriptionsAsync(string eventType, CancellationToken ct)
    {
        using var db = await _factory.OpenDbConnectionAsync(ct);
        return await db.SelectAsync<WebhookSubscription>(s => s.EventType == eventType && s.Active, ct);
    }
}
