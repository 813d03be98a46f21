using Meterline.Models;
using Meterline.Repositories;
using MongoDB.Bson;

namespace Meterline.Services;

public sealed class TelemetryService(ReadingEventStore events)
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    public Task<List<BsonDocument>> SearchAsync(EventQueryRequest request)
    {
        var query = new EventQuery(
            FilterJson: string.IsNullOrWhiteSpace(request.Filter) ? "{}" : request.Filter,
            Since: DateTime.UtcNow - DefaultWindow,
            Limit: Math.Clamp(request.Limit ?? 200, 1, 1000));
        return events.QueryAsync(query);
    }
}
