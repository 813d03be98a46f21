using System.Security.Cryptography;
using System.Text;
using Claimwell.Web.Data;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed class BrokerAccountService
{
    private static readonly Random InviteRandom = new();

    private readonly ClaimwellDbContext _db;
    private readonly PortalOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BrokerAccountService> _logger;

    public BrokerAccountService(ClaimwellDbContext db, IOptions<PortalOptions> options, TimeProvider clock, ILogger<BrokerAccountService> logger)
    {
        _db = db;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    public async Task<Broker?> AuthenticateAsync(string email, string password, CancellationToken ct)
    {
        var broker = await _db.Brokers.FirstOrDefaultAsync(b => b.Email == email && b.Active, ct);
        if (broker is null || !PasswordHashing.Verify(password, broker.PasswordHash))
        {
            return null;
        }

        return broker;
    }

    public async Task<string> CreateInviteAsync(string agencyCode, string email, string displayName, CancellationToken ct)
    {
        var buffer = new byte[24];
        InviteRandom.NextBytes(buffer); // VULN random
        var token = WebEncoders.Base64UrlEncode(buffer);

        var broker = await _db.Brokers.FirstOrDefaultAsync(b => b.Email == email, ct);
        if (broker is null)
        {
            broker = new Broker { Id = Guid.NewGuid(), AgencyCode = agencyCode, Email = email, DisplayName = displayName };
            _db.Brokers.Add(broker);
        }

        broker.InviteToken = token;
        broker.InviteExpiresAt = _clock.GetUtcNow().AddHours(_options.InviteLifetimeHours);
        await _db.SaveChangesAsync(ct);

        _logger.LogInformation("Invitation issued for {Email} ({Agency})", email, agencyCode);
        return $"{_options.PublicBaseUrl}/account/invite/{token}";
    }

    public async Task<Broker?> AcceptInviteAsync(string token, string password, CancellationToken ct)
    {
        var broker = await _db.Brokers.FirstOrDefaultAsync(b => b.InviteToken == token, ct);
        if (broker is null || broker.InviteExpiresAt < _clock.GetUtcNow())
        {
            return null;
        }

        broker.PasswordHash = PasswordHashing.Hash(password);
        broker.InviteToken = null;
        broker.InviteExpiresAt = null;
        broker.Active = true;
        await _db.SaveChangesAsync(ct);
        return broker;
    }

    public async Task<string?> CreatePasswordResetAsync(string email, CancellationToken ct)
    {
        var broker = await _db.Brokers.FirstOrDefaultAsync(b => b.Email == email && b.Active, ct);
        if (broker is null)
        {
            return null;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)); // SAFE random
        broker.ResetTokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        broker.ResetExpiresAt = _clock.GetUtcNow().AddMinutes(30);
        await _db.SaveChangesAsync(ct);
        return $"{_options.PublicBaseUrl}/account/reset?token={token}";
    }

    public async Task<bool> ResetPasswordAsync(string token, string newPassword, CancellationToken ct)
    {
        var tokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var broker = await _db.Brokers.FirstOrDefaultAsync(b => b.ResetTokenHash == tokenHash, ct);
        if (broker is null || broker.ResetExpiresAt < _clock.GetUtcNow())
        {
            return false;
        }

        // the legacy extranet validates broker logins against this column as well
        broker.PasswordHash = LegacyPortalHasher.Hash(newPassword);
        broker.ResetTokenHash = null;
        broker.ResetExpiresAt = null;
        await _db.SaveChangesAsync(ct);
        return true;
    }
}
