using System.Text;
using Kilnworks.Contracts;
using Kilnworks.Domain;
using Microsoft.Data.SqlClient;

namespace Kilnworks.Data;

public sealed class BookingRepository
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["created"] = "b.CreatedAt",
        ["name"] = "b.AttendeeName",
        ["seats"] = "b.Seats",
        ["status"] = "b.Status",
        ["class"] = "c.StartsAt"
    };

    private readonly IDbConnectionFactory _factory;

    public BookingRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task<IReadOnlyList<Booking>> ListAsync(BookingListQuery query, CancellationToken ct)
    {
        var sql = new StringBuilder(
            "SELECT b.Id, b.ClassId, b.MemberId, b.AttendeeName, b.AttendeeEmail, b.Seats, b.ConfirmationCode, b.Status, b.CreatedAt, b.Comment " +
            "FROM Bookings b JOIN Classes c ON c.Id = b.ClassId WHERE 1 = 1");

        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand { Connection = conn };

        if (query.ClassId is { } classId)
        {
            sql.Append(" AND b.ClassId = @ClassId");
            cmd.Parameters.AddWithValue("@ClassId", classId);
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            sql.Append(" AND b.Status = @Status");
            cmd.Parameters.AddWithValue("@Status", query.Status);
        }

        var sortKey = query.SortBy ?? "created";
        var orderColumn = SortColumns.TryGetValue(sortKey, out var mapped) ? mapped : sortKey;
        sql.Append(" ORDER BY ").Append(orderColumn).Append(query.Descending ? " DESC" : " ASC");

        cmd.CommandText = sql.ToString();
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli
        var results = new List<Booking>();
        while (await reader.ReadAsync(ct))
        {
            results.Add(Map(reader));
        }
        return results;
    }

    public async Task<Booking?> FindByConfirmationCodeAsync(string code, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, ClassId, MemberId, AttendeeName, AttendeeEmail, Seats, ConfirmationCode, Status, CreatedAt, Comment " +
            "FROM Bookings WHERE ConfirmationCode = @Code", conn);
        cmd.Parameters.AddWithValue("@Code", code);
        await using var reader = await cmd.ExecuteReaderAsync(ct); // SAFE sqli
        return await reader.ReadAsync(ct) ? Map(reader) : null;
    }

    public async Task<long> InsertAsync(Booking booking, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO Bookings (ClassId, MemberId, AttendeeName, AttendeeEmail, Seats, ConfirmationCode, Status, CreatedAt, Comment) " +
            "OUTPUT INSERTED.Id VALUES (@ClassId, @MemberId, @Name, @Email, @Seats, @Code, @Status, SYSUTCDATETIME(), @Comment)", conn);
        cmd.Parameters.AddWithValue("@ClassId", booking.ClassId);
        cmd.Parameters.AddWithValue("@MemberId", booking.MemberId);
        cmd.Parameters.AddWithValue("@Name", booking.AttendeeName);
        cmd.Parameters.AddWithValue("@Email", booking.AttendeeEmail);
        cmd.Parameters.AddWithValue("@Seats", booking.Seats);
        cmd.Parameters.AddWithValue("@Code", booking.ConfirmationCode);
        cmd.Parameters.AddWithValue("@Status", booking.Status);
        cmd.Parameters.AddWithValue("@Comment", (object?)booking.Comment ?? DBNull.Value);
        var id = await cmd.ExecuteScalarAsync(ct);
        return Convert.ToInt64(id);
    }

    public async Task<StudioClass?> GetClassAsync(int classId, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, Title, Instructor, Description, StartsAt, DurationMinutes, Capacity, Price, Level FROM Classes WHERE Id = @Id", conn);
        cmd.Parameters.AddWithValue("@Id", classId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new StudioClass
        {
            Id = reader.GetInt32(0),
            Title = reader.GetString(1),
            Instructor = reader.GetString(2),
            Description = reader.GetString(3),
            StartsAt = reader.GetDateTime(4),
            DurationMinutes = reader.GetInt32(5),
            Capacity = reader.GetInt32(6),
            Price = reader.GetDecimal(7),
            Level = reader.GetString(8)
        };
    }

    public async Task<int> SeatsTakenAsync(int classId, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT COALESCE(SUM(Seats), 0) FROM Bookings WHERE ClassId = @Id AND Status <> 'cancelled'", conn);
        cmd.Parameters.AddWithValue("@Id", classId);
        var taken = await cmd.ExecuteScalarAsync(ct);
        return Convert.ToInt32(taken);
    }

    public async Task<IReadOnlyList<StudioClass>> UpcomingClassesAsync(CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, Title, Instructor, Description, StartsAt, DurationMinutes, Capacity, Price, Level FROM Classes " +
            "WHERE StartsAt > SYSUTCDATETIME() ORDER BY StartsAt", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<StudioClass>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new StudioClass
            {
                Id = reader.GetInt32(0),
                Title = reader.GetString(1),
                Instructor = reader.GetString(2),
                Description = reader.GetString(3),
                StartsAt = reader.GetDateTime(4),
                DurationMinutes = reader.GetInt32(5),
                Capacity = reader.GetInt32(6),
                Price = reader.GetDecimal(7),
                Level = reader.GetString(8)
            });
        }
        return list;
    }

    private static Booking Map(SqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ClassId = reader.GetInt32(1),
        MemberId = reader.GetInt32(2),
        AttendeeName = reader.GetString(3),
        AttendeeEmail = reader.GetString(4),
        Seats = reader.GetInt32(5),
        ConfirmationCode = reader.GetString(6),
        Status = reader.GetString(7),
        CreatedAt = reader.GetDateTime(8),
        Comment = reader.IsDBNull(9) ? null : reader.GetString(9)
    };
}
