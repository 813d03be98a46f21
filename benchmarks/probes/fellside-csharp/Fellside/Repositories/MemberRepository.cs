using Dapper;
using Fellside.Data;
using Fellside.Domain;

namespace Fellside.Repositories;

public class MemberRepository
{
    private readonly IDbConnectionFactory _connections;

    public MemberRepository(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<TeamMember?> GetByCallsignAsync(string callsign, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<TeamMember>(
            @"SELECT id, callsign, display_name AS DisplayName, email, phone, role, password_hash AS PasswordHash,
                     pin_hash AS PinHash, reset_token AS ResetToken, reset_token_expires_utc AS ResetTokenExpiresUtc
              FROM team_members WHERE callsign = @callsign",
            new { callsign });
    }

    public async Task<TeamMember?> GetByEmailAsync(string email, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<TeamMember>(
            "SELECT id, callsign, display_name AS DisplayName, email, phone, role FROM team_members WHERE lower(email) = lower(@email)",
            new { email });
    }

    public async Task<IReadOnlyList<TeamMember>> ListForTeamAsync(string teamCode, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<TeamMember>(
            "SELECT id, callsign, display_name AS DisplayName, phone, role FROM team_members WHERE team_code = @teamCode AND on_call",
            new { teamCode });
        return rows.ToList();
    }

    public async Task SetResetTokenAsync(int memberId, string token, DateTime expiresUtc, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync(
            "UPDATE team_members SET reset_token = @token, reset_token_expires_utc = @expiresUtc WHERE id = @memberId",
            new { memberId, token, expiresUtc });
    }

    public async Task SetPinHashAsync(int memberId, string pinHash, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE team_members SET pin_hash = @pinHash WHERE id = @memberId", new { memberId, pinHash });
    }

    public async Task SetPasswordHashAsync(int memberId, string passwordHash, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync(
            "UPDATE team_members SET password_hash = @passwordHash, reset_token = NULL WHERE id = @memberId",
            new { memberId, passwordHash });
    }
}
