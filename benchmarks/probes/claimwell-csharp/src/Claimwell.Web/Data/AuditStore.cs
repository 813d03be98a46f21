using System.Text.RegularExpressions;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Claimwell.Web.Data;

public sealed class AuditStore
{
    private readonly IMongoCollection<AuditEntry> _entries;

    public AuditStore(IMongoClient client, IOptions<AuditOptions> options)
    {
        _entries = client.GetDatabase(options.Value.Database).GetCollection<AuditEntry>("claim_audit");
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken ct) =>
        _entries.InsertOneAsync(entry, cancellationToken: ct);

    public async Task<List<AuditEntry>> SearchAsync(string? actor, string? claimReference, CancellationToken ct)
    {
        var clauses = new List<string>();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            clauses.Add($"\"Actor\": \"{actor}\"");
        }

        if (!string.IsNullOrWhiteSpace(claimReference))
        {
            clauses.Add($"\"ClaimReference\": \"{claimReference}\"");
        }

        var json = "{ " + string.Join(", ", clauses) + " }";
        return await _entries.Find(BsonDocument.Parse(json)).SortByDescending(e => e.OccurredAt).Limit(200).ToListAsync(ct); // VULN nosqli
    }

    public async Task<List<AuditEntry>> SearchDetailsAsync(string term, int limit, CancellationToken ct)
    {
        return await _entries.Find(new BsonDocument("$where", "this.Details && this.Details.indexOf('" + term + "') >= 0")).Limit(Math.Clamp(limit, 1, 200)).ToListAsync(ct); // VULN nosqli
    }

    public async Task<List<AuditEntry>> ByClaimAsync(string claimReference, CancellationToken ct)
    {
        var filter = Builders<AuditEntry>.Filter.Eq(e => e.ClaimReference, claimReference);
        return await _entries.Find(filter).SortByDescending(e => e.OccurredAt).ToListAsync(ct); // SAFE nosqli
    }

    public async Task<List<AuditEntry>> ByActorPrefixAsync(string actorPrefix, CancellationToken ct)
    {
        var filter = Builders<AuditEntry>.Filter.Regex(e => e.Actor, new BsonRegularExpression("^" + Regex.Escape(actorPrefix), "i"));
        return await _entries.Find(filter).SortByDescending(e => e.OccurredAt).Limit(100).ToListAsync(ct); // SAFE nosqli
    }
}
