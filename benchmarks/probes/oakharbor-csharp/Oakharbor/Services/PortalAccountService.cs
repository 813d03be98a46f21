using System.Security.Claims;
using Dapper;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

public sealed record PortalAccount(string UserName, string DisplayName, string Kind, string PasswordHash, string? MooringAccount, string Roles);

public sealed class PortalAccountService
{
    private readonly IOakDbConnections _db;
    private readonly TenantPortalPasswordHasher _tenantHasher = new();
    private readonly StaffPasswordHasher _staffHasher = new();
    private readonly ILogger<PortalAccountService> _logger;

    public PortalAccountService(IOakDbConnections db, ILogger<PortalAccountService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<bool> RegisterTenantAsync(string email, string displayName, string password, string mooringAccount, CancellationToken ct = default)
    {
        if (password.Length < 10)
        {
            throw new ArgumentException("Passwords must be at least 10 characters.", nameof(password));
        }

        await using var connection = await _db.OpenOperationalAsync(ct);
        var exists = await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM portal_accounts WHERE user_name = @Email)", new { Email = email });
        if (exists)
        {
            return false;
        }

        var passwordHash = _tenantHasher.Hash(password);
        await connection.ExecuteAsync(
            @"INSERT INTO portal_accounts (user_name, display_name, kind, password_hash, mooring_account, roles)
              VALUES (@Email, @DisplayName, 'tenant', @PasswordHash, @MooringAccount, 'tenant')",
            new { Email = email, DisplayName = displayName, PasswordHash = passwordHash, MooringAccount = mooringAccount });
        _logger.LogInformation("Registered tenant portal account for mooring {Mooring}", mooringAccount);
        return true;
    }

    public async Task<ClaimsPrincipal?> SignInAsync(string userName, string password, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        var account = await connection.QuerySingleOrDefaultAsync<PortalAccount>(
            @"SELECT user_name AS UserName, display_name AS DisplayName, kind AS Kind, password_hash AS PasswordHash,
                     mooring_account AS MooringAccount, roles AS Roles
              FROM portal_accounts WHERE user_name = @UserName AND locked = false",
            new { UserName = userName });

        if (account is null)
        {
            return null;
        }

        var verified = account.Kind == "staff"
            ? _staffHasher.Verify(password, account.PasswordHash)
            : _tenantHasher.Verify(password, account.PasswordHash);
        if (!verified)
        {
            return null;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.DisplayName),
            new("account_kind", account.Kind)
        };
        if (account.MooringAccount is not null)
        {
            claims.Add(new Claim("mooring_account", account.MooringAccount));
        }
        claims.AddRange(account.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r.Trim())));

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Cookies"));
    }

    public async Task SetStaffPasswordAsync(string userName, string newPassword, CancellationToken ct = default)
    {
        var hash = _staffHasher.Hash(newPassword);
        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync("UPDATE portal_accounts SET password_hash = @Hash WHERE user_name = @UserName AND kind = 'staff'", new { Hash = hash, UserName = userName });
    }
}
