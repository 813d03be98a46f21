using MongoDB.Bson;
using MongoDB.Driver;
using Palletwise.Models;

namespace Palletwise.Data;

public class AuditLogStore
{
    private const int MaxResults = 200;

    private readonly IMongoCollection<BsonDocument> _events;
    private readonly IMongoCollection<AuditEntry> _entries;

    public AuditLogStore(IMongoClient client)
    {
        var database = client.GetDatabase("palletwise_audit");
        _events = database.GetCollection<BsonDocument>("stock_events");
        _entries = database.GetCollection<AuditEntry>("stock_events");
    }

    public Task RecordAsync(string sku, string type, int delta, string operatorId)
    {
        return _entries.InsertOneAsync(new AuditEntry
        {
            Sku = sku,
            Type = type,
            Delta = delta,
            OperatorId = operatorId,
            At = DateTime.UtcNow,
        });
    }

    public Task<List<BsonDocument>> SearchAsync(string filterJson, int limit)
    {
        var filter = BsonDocument.Parse(filterJson); // VULN nosqli
        return _events.Find(filter).Limit(Math.Min(limit, MaxResults)).ToListAsync();
    }

    public Task<List<BsonDocument>> ByOperatorAsync(string operatorId)
    {
        var filter = new BsonDocument("$where", $"this.operatorId == '{operatorId}'"); // VULN nosqli
        return _events.Find(filter).SortByDescending(d => d["at"]).Limit(MaxResults).ToListAsync();
    }

    public Task<List<AuditEntry>> ForSkuAsync(string sku)
    {
        var filter = Builders<AuditEntry>.Filter.Eq(e => e.Sku, sku); // SAFE nosqli
        return _entries.Find(filter).SortByDescending(e => e.At).Limit(MaxResults).ToListAsync();
    }

    public Task<List<BsonDocument>> UnreviewedAdjustmentsAsync()
    {
        var filter = BsonDocument.Parse("{ \"type\": \"adjustment\", \"reviewed\": { \"$ne\": true } }"); // SAFE nosqli
        return _events.Find(filter).Limit(MaxResults).ToListAsync();
    }
}
