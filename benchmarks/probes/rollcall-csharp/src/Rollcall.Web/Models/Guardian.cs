using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Rollcall.Web.Models;

[BsonIgnoreExtraElements]
public sealed class Guardian
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("email")]
    public string Email { get; set; } = string.Empty;

    [BsonElement("givenName")]
    public string GivenName { get; set; } = string.Empty;

    [BsonElement("surname")]
    public string Surname { get; set; } = string.Empty;

    [BsonElement("schoolId")]
    public string SchoolId { get; set; } = string.Empty;

    [BsonElement("studentIds")]
    public List<int> StudentIds { get; set; } = new();

    [BsonElement("phone")]
    public string? Phone { get; set; }

    [BsonElement("pinHash")]
    public string PinHash { get; set; } = string.Empty;

    [BsonElement("pinSalt")]
    public string PinSalt { get; set; } = string.Empty;

    [BsonElement("notifyEmail")]
    public bool NotifyByEmail { get; set; } = true;

    [BsonElement("notifySms")]
    public bool NotifyBySms { get; set; }

    [BsonElement("callbackUrl")]
    public string? CallbackUrl { get; set; }
}

public sealed class GuardianInvitation
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("email")]
    public string Email { get; set; } = string.Empty;

    [BsonElement("studentId")]
    public int StudentId { get; set; }

    [BsonElement("code")]
    public string Code { get; set; } = string.Empty;

    [BsonElement("expiresAt")]
    public DateTime ExpiresAt { get; set; }

    [BsonElement("redeemed")]
    public bool Redeemed { get; set; }
}

public sealed record GuardianSummary(string Id, string Name, string Email, string? Phone, IReadOnlyList<int> StudentIds)
{
    public static GuardianSummary From(Guardian g) =>
        new(g.Id.ToString(), $"{g.GivenName} {g.Surname}", g.Email, g.Phone, g.StudentIds);
}

public sealed record InvitationRequest(int StudentId, string Email);

public sealed record NotificationPreferencesDto(bool Email, bool Sms, string? CallbackUrl);

public sealed record GuardianLink(string GuardianId, int StudentId, string? Email);

public sealed class GuardianMessage
{
    public int Id { get; set; }
    public int ThreadId { get; set; }
    public string AuthorName { get; set; } = string.Empty;
    public string AuthorRole { get; set; } = string.Empty;
    public string BodyHtml { get; set; } = string.Empty;
    public string? AttachmentLink { get; set; }
    public DateTime SentAt { get; set; }
}

public sealed class MessageThread
{
    public int Id { get; set; }
    public int StudentId { get; set; }
    public string GuardianId { get; set; } = string.Empty;
    public int TeacherId { get; set; }
    public string Subject { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
}
