using Microsoft.EntityFrameworkCore;

namespace Returnly.Services;

public sealed class AccountService(ReturnlyDbContext db, PasswordService passwords)
{
    public async Task<PortalUser?> AuthenticateAsync(string email, string password, CancellationToken ct)
    {
        var user = await FindByEmailAsync(email, ct);
        return user is not null && passwords.VerifyPortalPassword(user, password) ? user : null;
    }

    public Task<PortalUser?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return db.PortalUsers.FirstOrDefaultAsync(u => u.Email == normalized, ct);
    }

    public async Task<PortalUser> RegisterAsync(string email, string password, CancellationToken ct)
    {
        var user = new PortalUser { Id = Guid.NewGuid(), Email = email.Trim().ToLowerInvariant() };
        user.PasswordHash = passwords.HashPortalPassword(user, password);
        db.PortalUsers.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }

    public async Task StoreResetTokenAsync(PortalUser user, string token, CancellationToken ct)
    {
        user.ResetToken = token;
        user.ResetTokenExpiresAt = DateTime.UtcNow.AddHours(1);
        await db.SaveChangesAsync(ct);
    }

    public async Task EnrolKioskAsync(string badgeId, string warehouseCode, string password, CancellationToken ct)
    {
        var account = await db.KioskAccounts.FirstOrDefaultAsync(k => k.BadgeId == badgeId, ct)
            ?? db.KioskAccounts.Add(new KioskAccount { BadgeId = badgeId }).Entity;
        account.WarehouseCode = warehouseCode;
        account.PasswordHash = passwords.HashKioskPassword(badgeId, password);
        await db.SaveChangesAsync(ct);
    }
}
