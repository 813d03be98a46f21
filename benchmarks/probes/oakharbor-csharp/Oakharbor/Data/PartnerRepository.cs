using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface IPartnerRepository
{
    Task<PartnerWebhook?> GetWebhookAsync(int partnerId, CancellationToken ct = default);
    Task SaveWebhookAsync(int partnerId, string callbackUrl, string signingSecret, CancellationToken ct = default);
    Task<int?> PartnerIdForUserAsync(string userName, CancellationToken ct = default);
}

public sealed class PartnerRepository : IPartnerRepository
{
    private readonly IOakDbConnections _db;

    public PartnerRepository(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<PartnerWebhook?> GetWebhookAsync(int partnerId, CancellationToken ct = default)
    {
        const string sql = @"SELECT p.id AS PartnerId, p.name AS PartnerName, h.callback_url AS CallbackUrl,
                                    h.signing_secret AS SigningSecret, h.enabled AS Enabled
                             FROM partners p JOIN partner_webhooks h ON h.partner_id = p.id
                             WHERE p.id = @PartnerId";

        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PartnerWebhook>(sql, new { PartnerId = partnerId });
    }

    public async Task SaveWebhookAsync(int partnerId, string callbackUrl, string signingSecret, CancellationToken ct = default)
    {
        const string sql = @"INSERT INTO partner_webhooks (partner_id, callback_url, signing_secret, enabled)
                             VALUES (@PartnerId, @CallbackUrl, @SigningSecret, true)
                             ON CONFLICT (partner_id) DO UPDATE
                             SET callback_url = EXCLUDED.callback_url, signing_secret = EXCLUDED.signing_secret, enabled = true";

        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(sql, new { PartnerId = partnerId, CallbackUrl = callbackUrl, SigningSecret = signingSecret });
    }

    public async Task<int?> PartnerIdForUserAsync(string userName, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT partner_id FROM partner_users WHERE user_name = @UserName AND active = true",
            new { UserName = userName });
    }
}
