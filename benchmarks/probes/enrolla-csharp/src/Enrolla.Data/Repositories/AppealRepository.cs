using Enrolla.Core.Abstractions;
using Enrolla.Core.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Enrolla.Data.Repositories;

public sealed class AppealRepository(IMongoClient client) : IAppealRepository
{
    private readonly IMongoCollection<AppealDocument> _appeals = client.GetDatabase("enrolla").GetCollection<AppealDocument>("appeals");

    public Task<List<AppealDocument>> QueryAsync(string filterJson, CancellationToken ct) =>
        _appeals.Find(BsonDocument.Parse(filterJson)).SortByDescending(a => a.LodgedAt).Limit(200).ToListAsync(ct); // VULN nosqli

    public Task<List<AppealDocument>> FindByGroundsKeywordAsync(string keyword, CancellationToken ct)
    {
        var filter = new BsonDocument("$where", "this.Grounds.toLowerCase().indexOf('" + keyword.ToLowerInvariant() + "') >= 0"); // VULN nosqli
        return _appeals.Find(filter).Limit(100).ToListAsync(ct);
    }

    public Task<List<AppealDocument>> FindByStatusAsync(int schoolId, string status, CancellationToken ct)
    {
        var filter = Builders<AppealDocument>.Filter.Eq(a => a.SchoolId, schoolId) & Builders<AppealDocument>.Filter.Eq(a => a.Status, status); // SAFE nosqli
        return _appeals.Find(filter).SortBy(a => a.LodgedAt).ToListAsync(ct);
    }

    public Task InsertAsync(AppealDocument appeal, CancellationToken ct) =>
        _appeals.InsertOneAsync(appeal, cancellationToken: ct);
}
