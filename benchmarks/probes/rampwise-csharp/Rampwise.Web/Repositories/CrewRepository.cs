using System.Data;
using Microsoft.Data.SqlClient;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Repositories;

public interface ICrewRepository
{
    Task<IReadOnlyList<RosterShift>> GetRosterAsync(string homeBase, DateOnly dutyDate, CancellationToken ct);
    Task<CrewMember?> FindByBadgeAsync(string badgeNumber, CancellationToken ct);
    Task UpdatePasswordAsync(int crewMemberId, string hash, string? salt, CancellationToken ct);
    Task SetResetCodeAsync(int crewMemberId, string code, DateTime expiresUtc, CancellationToken ct);
}

public class CrewRepository : ICrewRepository
{
    private readonly string _connectionString;

    public CrewRepository(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Rampwise")
                            ?? throw new InvalidOperationException("Missing Rampwise connection string");
    }

    public async Task<IReadOnlyList<RosterShift>> GetRosterAsync(string homeBase, DateOnly dutyDate, CancellationToken ct)
    {
        const string sql = """
            SELECT s.Id, s.CrewMemberId, c.BadgeNumber, c.FullName, s.DutyDate, s.StartLocal, s.EndLocal, s.Team, c.Role
            FROM RosterShifts s
            JOIN CrewMembers c ON c.Id = s.CrewMemberId
            WHERE c.HomeBase = @base AND s.DutyDate = @date
            ORDER BY s.StartLocal, s.Team, c.FullName
            """;

        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.Add("@base", SqlDbType.Char, 3).Value = homeBase;
        cmd.Parameters.Add("@date", SqlDbType.Date).Value = dutyDate.ToDateTime(TimeOnly.MinValue);

        var shifts = new List<RosterShift>();
        await using var reader = await cmd.ExecuteReaderAsync(ct); // SAFE sqli
        while (await reader.ReadAsync(ct))
        {
            shifts.Add(new RosterShift
            {
                Id = reader.GetInt32(0),
                CrewMemberId = reader.GetInt32(1),
                BadgeNumber = reader.GetString(2),
                FullName = reader.GetString(3),
                DutyDate = DateOnly.FromDateTime(reader.GetDateTime(4)),
                StartLocal = TimeOnly.FromTimeSpan(reader.GetTimeSpan(5)),
                EndLocal = TimeOnly.FromTimeSpan(reader.GetTimeSpan(6)),
                Team = reader.GetString(7),
                Role = Enum.Parse<CrewRole>(reader.GetString(8))
            });
        }
        return shifts;
    }

    public async Task<CrewMember?> FindByBadgeAsync(string badgeNumber, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, BadgeNumber, FullName, Email, HomeBase, Role, PasswordHash, PasswordSalt, MustChangePassword FROM CrewMembers WHERE BadgeNumber = @badge", conn);
        cmd.Parameters.Add("@badge", SqlDbType.NVarChar, 16).Value = badgeNumber;

        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new CrewMember
        {
            Id = reader.GetInt32(0),
            BadgeNumber = reader.GetString(1),
            FullName = reader.GetString(2),
            Email = reader.GetString(3),
            HomeBase = reader.GetString(4),
            Role = Enum.Parse<CrewRole>(reader.GetString(5)),
            PasswordHash = reader.GetString(6),
            PasswordSalt = reader.IsDBNull(7) ? null : reader.GetString(7),
            MustChangePassword = reader.GetBoolean(8)
        };
    }

    public async Task UpdatePasswordAsync(int crewMemberId, string hash, string? salt, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "UPDATE CrewMembers SET PasswordHash = @hash, PasswordSalt = @salt, MustChangePassword = 0 WHERE Id = @id", conn);
        cmd.Parameters.AddWithValue("@hash", hash);
        cmd.Parameters.AddWithValue("@salt", (object?)salt ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@id", crewMemberId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SetResetCodeAsync(int crewMemberId, string code, DateTime expiresUtc, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "UPDATE CrewMembers SET ResetCode = @code, ResetCodeExpiresUtc = @expires WHERE Id = @id", conn);
        cmd.Parameters.AddWithValue("@code", code);
        cmd.Parameters.AddWithValue("@expires", expiresUtc);
        cmd.Parameters.AddWithValue("@id", crewMemberId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
