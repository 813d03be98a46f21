using MongoDB.Bson;
using MongoDB.Driver;
using Rampwise.Web.Models;

namespace Rampwise.Web.Repositories;

public interface IGroundEventRepository
{
    Task InsertAsync(GroundEventDto evt, CancellationToken ct);
    Task<IReadOnlyList<GroundEventDto>> SearchAsync(string station, string eventType, int minDelayMinutes, CancellationToken ct);
    Task<IReadOnlyList<GroundEventDto>> ForTailAsync(string tailNumber, CancellationToken ct);
    Task<IReadOnlyList<GroundEventDto>> RecentAsync(string station, string eventType, CancellationToken ct);
    Task<IReadOnlyList<GroundEventDto>> ForStandAsync(string station, string stand, CancellationToken ct);
}

public class GroundEventRepository : IGroundEventRepository
{
    private readonly IMongoCollection<BsonDocument> _events;

    public GroundEventRepository(IMongoClient client)
    {
        _events = client.GetDatabase("rampwise").GetCollection<BsonDocument>("ground_events");
    }

    public Task InsertAsync(GroundEventDto evt, CancellationToken ct)
    {
        var doc = new BsonDocument
        {
            { "station", evt.Station },
            { "eventType", evt.EventType },
            { "tailNumber", evt.TailNumber },
            { "occurredUtc", evt.OccurredUtc },
            { "detail", evt.Detail is null ? (BsonValue)BsonNull.Value : new BsonString(evt.Detail) }
        };
        return _events.InsertOneAsync(doc, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<GroundEventDto>> SearchAsync(string station, string eventType, int minDelayMinutes, CancellationToken ct)
    {
        var json = $"{{ station: '{station}', eventType: '{eventType}', delayMinutes: {{ $gte: {minDelayMinutes} }} }}";
        var docs = await _events.Find(BsonDocument.Parse(json)).SortByDescending(d => d["occurredUtc"]).Limit(200).ToListAsync(ct); // VULN nosqli
        return docs.Select(Map).ToList();
    }

    public async Task<IReadOnlyList<GroundEventDto>> ForTailAsync(string tailNumber, CancellationToken ct)
    {
        FilterDefinition<BsonDocument> filter = "{ tailNumber: '" + tailNumber + "' }";
        var docs = await _events.Find(filter).Limit(500).ToListAsync(ct); // VULN nosqli
        return docs.Select(Map).ToList();
    }

    public async Task<IReadOnlyList<GroundEventDto>> RecentAsync(string station, string eventType, CancellationToken ct)
    {
        var builder = Builders<BsonDocument>.Filter;
        var filter = builder.Eq("station", station) & builder.Eq("eventType", eventType) & builder.Gte("occurredUtc", DateTime.UtcNow.AddHours(-12));
        var docs = await _events.Find(filter).Limit(200).ToListAsync(ct); // SAFE nosqli
        return docs.Select(Map).ToList();
    }

    public async Task<IReadOnlyList<GroundEventDto>> ForStandAsync(string station, string stand, CancellationToken ct)
    {
        var filter = new BsonDocument { { "station", station }, { "stand", stand } };
        var docs = await _events.Find(filter).Limit(200).ToListAsync(ct); // SAFE nosqli
        return docs.Select(Map).ToList();
    }

    private static GroundEventDto Map(BsonDocument d) => new()
    {
        Station = d.GetValue("station", "").AsString,
        EventType = d.GetValue("eventType", "").AsString,
        TailNumber = d.GetValue("tailNumber", "").AsString,
        OccurredUtc = d.GetValue("occurredUtc", BsonNull.Value).IsBsonNull ? DateTime.MinValue : d["occurredUtc"].ToUniversalTime(),
        Detail = d.GetValue("detail", BsonNull.Value).IsBsonNull ? null : d["detail"].AsString
    };
}
