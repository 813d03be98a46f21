using System.Data;
using Microsoft.Data.SqlClient;
using Quayside.Api.Domain;

namespace Quayside.Api.Data;

public sealed class CrewRepository
{
    private readonly string _connectionString;

    public CrewRepository(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Crew")
            ?? throw new InvalidOperationException("Connection string 'Crew' is not configured.");
    }

    public async Task<IReadOnlyList<CrewMember>> SearchAsync(string? homePort, string? grade, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);

        await using var cmd = new SqlCommand($"SELECT Id, StaffNumber, FullName, Rank, HomePort, CertificateGrade, CertificateExpires FROM dbo.CrewMember WHERE (@port IS NULL OR HomePort = @port) AND CertificateGrade LIKE '{grade}%' ORDER BY FullName", conn); // VULN sqli
        cmd.Parameters.Add("@port", SqlDbType.NVarChar, 5).Value = (object?)homePort ?? DBNull.Value;

        var crew = new List<CrewMember>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            crew.Add(MapCrew(reader));
        }

        return crew;
    }

    public async Task<CrewMember?> GetByStaffNumberAsync(string staffNumber, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, StaffNumber, FullName, Rank, HomePort, CertificateGrade, CertificateExpires, KioskPinHash, Email FROM dbo.CrewMember WHERE StaffNumber = @staff", conn);
        cmd.Parameters.Add("@staff", SqlDbType.VarChar, 12).Value = staffNumber;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var member = MapCrew(reader);
        member.KioskPinHash = reader.IsDBNull(7) ? null : reader.GetString(7);
        member.Email = reader.IsDBNull(8) ? null : reader.GetString(8);
        return member;
    }

    public async Task<IReadOnlyList<RosterShift>> GetShiftsAsync(int crewId, DateOnly weekStarting, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);

        await using var cmd = new SqlCommand($"SELECT Id, CrewId, SailingId, Vessel, StartsAt, EndsAt, Role FROM dbo.RosterShift WHERE CrewId = {crewId} AND StartsAt >= @from AND StartsAt < @to ORDER BY StartsAt", conn); // SAFE sqli
        cmd.Parameters.Add("@from", SqlDbType.DateTimeOffset).Value = new DateTimeOffset(weekStarting.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        cmd.Parameters.Add("@to", SqlDbType.DateTimeOffset).Value = new DateTimeOffset(weekStarting.AddDays(7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var shifts = new List<RosterShift>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            shifts.Add(new RosterShift
            {
                Id = reader.GetInt32(0),
                CrewId = reader.GetInt32(1),
                SailingId = reader.GetGuid(2),
                Vessel = reader.GetString(3),
                StartsAt = reader.GetDateTimeOffset(4),
                EndsAt = reader.GetDateTimeOffset(5),
                Role = reader.GetString(6),
            });
        }

        return shifts;
    }

    public async Task<IReadOnlyList<RosterShift>> GetVesselWeekAsync(string vessel, DateOnly weekStarting, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, CrewId, SailingId, Vessel, StartsAt, EndsAt, Role FROM dbo.RosterShift WHERE Vessel = @vessel AND StartsAt >= @from AND StartsAt < @to ORDER BY StartsAt, CrewId", conn);
        cmd.Parameters.Add("@vessel", SqlDbType.NVarChar, 64).Value = vessel;
        cmd.Parameters.Add("@from", SqlDbType.DateTimeOffset).Value = new DateTimeOffset(weekStarting.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        cmd.Parameters.Add("@to", SqlDbType.DateTimeOffset).Value = new DateTimeOffset(weekStarting.AddDays(7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var shifts = new List<RosterShift>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            shifts.Add(new RosterShift
            {
                Id = reader.GetInt32(0),
                CrewId = reader.GetInt32(1),
                SailingId = reader.GetGuid(2),
                Vessel = reader.GetString(3),
                StartsAt = reader.GetDateTimeOffset(4),
                EndsAt = reader.GetDateTimeOffset(5),
                Role = reader.GetString(6),
            });
        }

        return shifts;
    }

    public async Task AddNoteAsync(CrewNote note, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.CrewNote (CrewId, Author, Body, WrittenAt) VALUES (@crew, @author, @body, SYSDATETIMEOFFSET())", conn);
        cmd.Parameters.Add("@crew", SqlDbType.Int).Value = note.CrewId;
        cmd.Parameters.Add("@author", SqlDbType.NVarChar, 128).Value = note.Author;
        cmd.Parameters.Add("@body", SqlDbType.NVarChar, -1).Value = note.Body;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<CrewNote>> GetNotesAsync(int crewId, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, CrewId, Author, Body, WrittenAt FROM dbo.CrewNote WHERE CrewId = @crew ORDER BY WrittenAt DESC", conn);
        cmd.Parameters.Add("@crew", SqlDbType.Int).Value = crewId;

        var notes = new List<CrewNote>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            notes.Add(new CrewNote
            {
                Id = reader.GetInt32(0),
                CrewId = reader.GetInt32(1),
                Author = reader.GetString(2),
                Body = reader.GetString(3),
                WrittenAt = reader.GetDateTimeOffset(4),
            });
        }

        return notes;
    }

    public async Task UpdateKioskPinAsync(int crewId, string pinHash, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand("UPDATE dbo.CrewMember SET KioskPinHash = @hash WHERE Id = @id", conn);
        cmd.Parameters.Add("@hash", SqlDbType.VarChar, 256).Value = pinHash;
        cmd.Parameters.Add("@id", SqlDbType.Int).Value = crewId;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task UpdatePortalPasswordAsync(int crewId, string passwordHash, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand("UPDATE dbo.CrewMember SET PortalPasswordHash = @hash, PortalPasswordChangedAt = SYSDATETIMEOFFSET() WHERE Id = @id", conn);
        cmd.Parameters.Add("@hash", SqlDbType.VarChar, 256).Value = passwordHash;
        cmd.Parameters.Add("@id", SqlDbType.Int).Value = crewId;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task StoreResetCodeAsync(int crewId, string code, DateTimeOffset expires, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.PasswordReset (CrewId, Code, ExpiresAt) VALUES (@id, @code, @expires)", conn);
        cmd.Parameters.Add("@id", SqlDbType.Int).Value = crewId;
        cmd.Parameters.Add("@code", SqlDbType.VarChar, 16).Value = code;
        cmd.Parameters.Add("@expires", SqlDbType.DateTimeOffset).Value = expires;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveCertificateReferenceAsync(int crewId, string storedName, string originalName, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.CrewCertificate (CrewId, StoredName, OriginalName, UploadedAt) VALUES (@id, @stored, @original, SYSDATETIMEOFFSET())", conn);
        cmd.Parameters.Add("@id", SqlDbType.Int).Value = crewId;
        cmd.Parameters.Add("@stored", SqlDbType.VarChar, 64).Value = storedName;
        cmd.Parameters.Add("@original", SqlDbType.NVarChar, 260).Value = originalName;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static CrewMember MapCrew(SqlDataReader reader) => new()
    {
        Id = reader.GetInt32(0),
        StaffNumber = reader.GetString(1),
        FullName = reader.GetString(2),
        Rank = Enum.Parse<CrewRank>(reader.GetString(3)),
        HomePort = reader.GetString(4),
        CertificateGrade = reader.GetString(5),
        CertificateExpires = DateOnly.FromDateTime(reader.GetDateTime(6)),
    };
}
