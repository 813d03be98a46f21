using Larderline.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Larderline.Repositories;

/// <summary>
/// Hand-written reporting queries over the volunteers/shifts tables; EF is too chatty for the roster grid.
/// </summary>
public sealed class VolunteerDirectoryRepository(NpgsqlDataSource dataSource)
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "v.full_name",
        ["joined"] = "v.joined_at",
        ["hours"] = "total_hours",
        ["email"] = "v.email",
    };

    public async Task<IReadOnlyList<VolunteerSummary>> ListAsync(string? site, string sort, bool descending, CancellationToken ct)
    {
        var orderBy = SortColumns.TryGetValue(sort, out var column) ? column : sort;
        var direction = descending ? "DESC" : "ASC";

        var sql = $"""
            SELECT v.id, v.full_name, v.email, v.joined_at,
                   COALESCE(SUM(EXTRACT(EPOCH FROM (s.ends_at - s.starts_at)) / 3600), 0) AS total_hours
            FROM volunteers v
            LEFT JOIN shifts s ON s.volunteer_id = v.id AND s.checked_in_at IS NOT NULL
            WHERE (@site IS NULL OR s.site = @site)
            GROUP BY v.id, v.full_name, v.email, v.joined_at
            ORDER BY {orderBy} {direction}
            LIMIT 500
            """;

        await using var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter("site", NpgsqlDbType.Text) { Value = (object?)site ?? DBNull.Value });
        await using var reader = await cmd.ExecuteReaderAsync(ct); // VULN sqli

        var results = new List<VolunteerSummary>();
        while (await reader.ReadAsync(ct))
        {
            results.Add(new VolunteerSummary(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetDecimal(4)));
        }
        return results;
    }

    public async Task<VolunteerSummary?> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT v.id, v.full_name, v.email, v.joined_at, 0::numeric FROM volunteers v WHERE lower(v.email) = lower(@email)");
        cmd.Parameters.AddWithValue("email", email);
        await using var reader = await cmd.ExecuteReaderAsync(ct); // SAFE sqli
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new VolunteerSummary(reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
            reader.GetFieldValue<DateTimeOffset>(3), reader.GetDecimal(4));
    }
}
