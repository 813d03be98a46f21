using MongoDB.Bson;
using MongoDB.Driver;

namespace Returnly.Data;

public sealed class AuditLogStore(IMongoClient client)
{
    private readonly IMongoCollection<BsonDocument> _events =
        client.GetDatabase("returnly_audit").GetCollection<BsonDocument>("rma_events");

    public Task AppendAsync(string rmaNumber, string actor, string action, BsonDocument? details = null) =>
        _events.InsertOneAsync(new BsonDocument
        {
            { "rmaNumber", rmaNumber },
            { "actor", actor },
            { "action", action },
            { "at", DateTime.UtcNow },
            { "details", details ?? new BsonDocument() },
        });

    // The audit explorer in the back office builds Mongo filters client-side.
    public Task<List<BsonDocument>> SearchAsync(string filterJson, int limit)
    {
        var filter = new BsonDocumentFilterDefinition<BsonDocument>(BsonDocument.Parse(filterJson)); // VULN nosqli
        return _events.Find(filter).Sort("{ at: -1 }").Limit(Math.Clamp(limit, 1, 500)).ToListAsync();
    }

    public Task<List<BsonDocument>> ByActorAsync(string actor)
    {
        var filter = new BsonDocument("$where", "this.actor == '" + actor + "'"); // VULN nosqli
        return _events.Find(filter).Sort("{ at: -1 }").Limit(200).ToListAsync();
    }

    public Task<List<BsonDocument>> ForRmaAsync(string rmaNumber)
    {
        FilterDefinition<BsonDocument> filter = "{ rmaNumber: '" + rmaNumber + "' }"; // SAFE nosqli
        return _events.Find(filter).Sort("{ at: -1 }").ToListAsync();
    }
}
