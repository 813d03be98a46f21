using Meterline.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Meterline.Repositories;

public sealed class ReadingEventStore(IMongoClient client)
{
    private readonly IMongoCollection<BsonDocument> _events =
        client.GetDatabase("meterline_telemetry").GetCollection<BsonDocument>("reading_events");

    public Task<List<BsonDocument>> OpenTamperAlertsAsync(string serial)
    {
        var filter = BsonDocument.Parse("{ \"type\": \"tamper\", \"acknowledged\": false }"); // SAFE nosqli
        filter.Add("meterSerial", serial);
        return _events.Find(filter).Sort(Builders<BsonDocument>.Sort.Descending("recordedAt")).Limit(100).ToListAsync();
    }

    public Task<List<BsonDocument>> ConsumptionSpikesAsync(string serial, string threshold)
    {
        var filter = new BsonDocument { { "meterSerial", serial }, { "$where", "this.deltaKwh > " + threshold } }; // VULN nosqli
        return _events.Find(filter).Sort(Builders<BsonDocument>.Sort.Descending("deltaKwh")).Limit(500).ToListAsync();
    }

    public Task<List<BsonDocument>> QueryAsync(EventQuery query)
    {
        var filter = new JsonFilterDefinition<BsonDocument>(query.FilterJson); // VULN nosqli
        var window = Builders<BsonDocument>.Filter.Gte("recordedAt", query.Since);
        return _events.Find(filter & window).Limit(query.Limit).ToListAsync();
    }
}
