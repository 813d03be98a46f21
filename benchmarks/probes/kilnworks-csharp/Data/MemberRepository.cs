using Kilnworks.Domain;
using Microsoft.Data.SqlClient;
using RepoDb;

namespace Kilnworks.Data;

public sealed class MemberRepository
{
    private const string MemberColumns =
        "Id, Email, DisplayName, PasswordHash, Role, Website, Bio, WebhookUrl, ResetToken, ResetTokenExpires, ShelfCredits, JoinedAt";

    private readonly IDbConnectionFactory _factory;

    public MemberRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task<Member?> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<Member>( // SAFE sqli
            $"SELECT {MemberColumns} FROM Members WHERE Email = @Email", new { Email = email.Trim().ToLowerInvariant() }, cancellationToken: ct);
        return rows.FirstOrDefault();
    }

    public async Task<Member?> GetAsync(int id, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<Member>(
            $"SELECT {MemberColumns} FROM Members WHERE Id = @Id", new { Id = id }, cancellationToken: ct);
        return rows.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Member>> DirectorySearchAsync(string namePart, string role, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var text = "SELECT Id, Email, DisplayName, Role, Website, Bio, ShelfCredits, JoinedAt FROM Members " +
                   "WHERE Role = @Role AND DisplayName LIKE '" + namePart + "%' ORDER BY DisplayName";
        await using var cmd = new SqlCommand(text, conn);
        cmd.Parameters.AddWithValue("@Role", role);
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli
        var list = new List<Member>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new Member
            {
                Id = reader.GetInt32(0),
                Email = reader.GetString(1),
                DisplayName = reader.GetString(2),
                Role = reader.GetString(3),
                Website = reader.GetNullableString("Website"),
                Bio = reader.GetNullableString("Bio"),
                ShelfCredits = reader.GetInt32(6),
                JoinedAt = reader.GetDateTime(7)
            });
        }
        return list;
    }

    public async Task UpdateProfileAsync(int id, string displayName, string? website, string? bio, string? webhookUrl, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync(
            "UPDATE Members SET DisplayName = @DisplayName, Website = @Website, Bio = @Bio, WebhookUrl = @WebhookUrl WHERE Id = @Id",
            new { Id = id, DisplayName = displayName, Website = website, Bio = bio, WebhookUrl = webhookUrl }, cancellationToken: ct);
    }

    public async Task SetPasswordHashAsync(int id, string hash, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync("UPDATE Members SET PasswordHash = @Hash, ResetToken = NULL, ResetTokenExpires = NULL WHERE Id = @Id",
            new { Id = id, Hash = hash }, cancellationToken: ct);
    }

    public async Task SetKioskPinHashAsync(int id, string pinHash, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync("UPDATE Members SET KioskPinHash = @PinHash WHERE Id = @Id",
            new { Id = id, PinHash = pinHash }, cancellationToken: ct);
    }

    public async Task SetResetTokenAsync(int id, string token, DateTime expires, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync("UPDATE Members SET ResetToken = @Token, ResetTokenExpires = @Expires WHERE Id = @Id",
            new { Id = id, Token = token, Expires = expires }, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<Member>> WithWebhooksAsync(CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<Member>(
            $"SELECT {MemberColumns} FROM Members WHERE WebhookUrl IS NOT NULL", cancellationToken: ct);
        return rows.ToList();
    }
}
