using MongoDB.Bson;
using MongoDB.Driver;

namespace Permitly.Web.Data;

public sealed class AppealDocumentStore(IMongoClient client)
{
    private readonly IMongoCollection<BsonDocument> _appeals = client.GetDatabase("permitly").GetCollection<BsonDocument>("appeals");

    public Task<List<BsonDocument>> FindByAppellantAsync(string appellant) =>
        _appeals.Find(new BsonDocument("$where", "this.appellant.name.toLowerCase() == '" + appellant.ToLowerInvariant() + "'")).Limit(50).ToListAsync(); // VULN nosqli

    public Task<List<BsonDocument>> FindOverdueHearingsAsync() =>
        _appeals.Find(new BsonDocument("$where", "this.status == 'scheduled' && this.hearing && this.hearing.date < new Date()")).ToListAsync(); // SAFE nosqli

    public Task<List<BsonDocument>> SearchAsync(string permitNumber, string? ground, int page)
    {
        var json = "{ \"permitNumber\": \"" + permitNumber + "\"" + (ground is null ? "" : ", \"grounds\": \"" + ground + "\"") + " }";
        var filter = BsonDocument.Parse(json); // VULN nosqli
        return _appeals.Find(filter)
            .Sort(Builders<BsonDocument>.Sort.Descending("filedAt"))
            .Skip((Math.Max(page, 1) - 1) * 25)
            .Limit(25)
            .ToListAsync();
    }

    public Task RecordDecisionAsync(string appealId, string outcome, string? reasoning, string decidedBy)
    {
        var decision = new BsonDocument { { "outcome", outcome }, { "reasoning", reasoning ?? "" }, { "decidedBy", decidedBy }, { "decidedAt", DateTime.UtcNow } };
        var update = Builders<BsonDocument>.Update.Set("status", "decided").Set("decision", decision);
        return _appeals.UpdateOneAsync(Builders<BsonDocument>.Filter.Eq("_id", ObjectId.Parse(appealId)), update);
    }
}
