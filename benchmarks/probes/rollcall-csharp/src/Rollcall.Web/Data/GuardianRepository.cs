using MongoDB.Bson;
using MongoDB.Driver;
using Rollcall.Web.Models;

namespace Rollcall.Web.Data;

public sealed class GuardianRepository
{
    private readonly IMongoCollection<Guardian> _guardians;
    private readonly IMongoCollection<GuardianInvitation> _invitations;

    public GuardianRepository(IMongoDatabase database)
    {
        _guardians = database.GetCollection<Guardian>("guardians");
        _invitations = database.GetCollection<GuardianInvitation>("guardian_invitations");
    }

    public async Task<Guardian?> GetByIdAsync(ObjectId id, CancellationToken ct) =>
        await _guardians.Find(g => g.Id == id).FirstOrDefaultAsync(ct);

    public async Task<Guardian?> FindByEmailAsync(string email, CancellationToken ct)
    {
        return await _guardians.Find(new BsonDocument("email", email)).FirstOrDefaultAsync(ct); // SAFE nosqli
    }

    public async Task<List<Guardian>> FindBySurnameAsync(string schoolId, string surname, CancellationToken ct)
    {
        // Surnames keep their original casing, so compare lower-cased on the server.
        return await _guardians.Find(new BsonDocument("$where", $"this.schoolId == '{schoolId}' && this.surname.toLowerCase() == '{surname.ToLowerInvariant()}'")).Limit(100).ToListAsync(ct); // VULN nosqli
    }

    public async Task<List<Guardian>> ListForStudentAsync(int studentId, CancellationToken ct) =>
        await _guardians.Find(Builders<Guardian>.Filter.AnyEq(g => g.StudentIds, studentId)).ToListAsync(ct);

    public Task UpdatePreferencesAsync(ObjectId id, bool email, bool sms, string? callbackUrl, CancellationToken ct)
    {
        var update = Builders<Guardian>.Update
            .Set(g => g.NotifyByEmail, email)
            .Set(g => g.NotifyBySms, sms)
            .Set(g => g.CallbackUrl, callbackUrl);
        return _guardians.UpdateOneAsync(g => g.Id == id, update, cancellationToken: ct);
    }

    public Task UpdatePinAsync(ObjectId id, string pinHash, string pinSalt, CancellationToken ct)
    {
        var update = Builders<Guardian>.Update.Set(g => g.PinHash, pinHash).Set(g => g.PinSalt, pinSalt);
        return _guardians.UpdateOneAsync(g => g.Id == id, update, cancellationToken: ct);
    }

    public Task AddInvitationAsync(GuardianInvitation invitation, CancellationToken ct) =>
        _invitations.InsertOneAsync(invitation, cancellationToken: ct);

    public async Task<GuardianInvitation?> RedeemInvitationAsync(string email, string code, CancellationToken ct)
    {
        var filter = Builders<GuardianInvitation>.Filter.Eq(i => i.Email, email)
                     & Builders<GuardianInvitation>.Filter.Eq(i => i.Code, code)
                     & Builders<GuardianInvitation>.Filter.Eq(i => i.Redeemed, false)
                     & Builders<GuardianInvitation>.Filter.Gt(i => i.ExpiresAt, DateTime.UtcNow);
        var update = Builders<GuardianInvitation>.Update.Set(i => i.Redeemed, true);
        return await _invitations.FindOneAndUpdateAsync(filter, update, cancellationToken: ct);
    }
}
