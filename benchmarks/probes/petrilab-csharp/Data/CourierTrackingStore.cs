using MongoDB.Bson;
using MongoDB.Driver;
using Petrilab.Models;

namespace Petrilab.Data;

public sealed record PickupView(string Id, string ClinicCode, string Route, string Status, DateTime ReadyAt, int BoxCount)
{
    public static PickupView From(BsonDocument d) => new(
        d["_id"].ToString()!,
        d.GetValue("clinicCode", string.Empty).AsString,
        d.GetValue("route", string.Empty).AsString,
        d.GetValue("status", "scheduled").AsString,
        d.GetValue("readyAt", BsonNull.Value) is BsonDateTime ready ? ready.ToUniversalTime() : DateTime.MinValue,
        d.GetValue("boxCount", 0).ToInt32());
}

public class CourierTrackingStore
{
    private readonly IMongoCollection<BsonDocument> _pickups;

    public CourierTrackingStore(IMongoClient client)
    {
        _pickups = client.GetDatabase("petrilab_tracking").GetCollection<BsonDocument>("pickups");
    }

    public async Task<List<PickupView>> OpenPickupsForRouteAsync(string route, DateOnly day)
    {
        var dayStart = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var filterJson = $"{{ \"route\": \"{route}\", \"status\": {{ \"$in\": [\"scheduled\", \"assigned\"] }} }}";
        using var cursor = await _pickups.FindAsync(new BsonDocumentFilterDefinition<BsonDocument>(BsonDocument.Parse(filterJson))); // VULN nosqli
        var docs = await cursor.ToListAsync();
        return docs.Select(PickupView.From).Where(p => p.ReadyAt >= dayStart && p.ReadyAt < dayStart.AddDays(1)).ToList();
    }

    public async Task<List<PickupView>> PickupsForClinicAsync(string clinicCode, DateTimeOffset since)
    {
        var filter = Builders<BsonDocument>.Filter.Eq("clinicCode", clinicCode) & Builders<BsonDocument>.Filter.Gte("readyAt", since.UtcDateTime);
        using var cursor = await _pickups.FindAsync(filter); // SAFE nosqli
        var docs = await cursor.ToListAsync();
        return docs.Select(PickupView.From).OrderByDescending(p => p.ReadyAt).ToList();
    }

    public async Task<List<PickupView>> RouteManifestAsync(string route, DateOnly day)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var filter = Builders<BsonDocument>.Filter.Eq("route", route)
                     & Builders<BsonDocument>.Filter.Gte("readyAt", from)
                     & Builders<BsonDocument>.Filter.Lt("readyAt", from.AddDays(1));
        var docs = await _pickups.Find(filter).Sort(Builders<BsonDocument>.Sort.Ascending("readyAt")).ToListAsync();
        return docs.Select(PickupView.From).ToList();
    }

    public async Task<string> InsertPickupAsync(PickupRequest request, string handoffCode)
    {
        var doc = new BsonDocument
        {
            { "clinicCode", request.ClinicCode },
            { "route", request.Route },
            { "readyAt", request.ReadyAt.UtcDateTime },
            { "boxCount", request.BoxCount },
            { "status", "scheduled" },
            { "handoffCode", handoffCode },
        };
        await _pickups.InsertOneAsync(doc);
        return doc["_id"].ToString()!;
    }

    public async Task<BsonDocument?> GetPickupAsync(string id)
    {
        if (!ObjectId.TryParse(id, out var objectId))
        {
            return null;
        }

        return await _pickups.Find(Builders<BsonDocument>.Filter.Eq("_id", objectId)).FirstOrDefaultAsync();
    }

    public Task MarkCollectedAsync(string id, string courier, int boxCount)
    {
        var update = Builders<BsonDocument>.Update
            .Set("status", "collected")
            .Set("collectedBy", courier)
            .Set("collectedBoxes", boxCount)
            .Set("collectedAt", DateTime.UtcNow);
        return _pickups.UpdateOneAsync(Builders<BsonDocument>.Filter.Eq("_id", ObjectId.Parse(id)), update);
    }
}
