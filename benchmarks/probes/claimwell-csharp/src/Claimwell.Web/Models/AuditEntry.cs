using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Claimwell.Web.Models;

public sealed class AuditEntry
{
    [BsonId]
    public ObjectId Id { get; set; }

    public string ClaimReference { get; set; } = "";

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string? Details { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime OccurredAt { get; set; } = DateTime.UtcNow;

    public static AuditEntry Create(string claimReference, string actor, string action, string? details = null) =>
        new() { ClaimReference = claimReference, Actor = actor, Action = action, Details = details, OccurredAt = DateTime.UtcNow };
}
