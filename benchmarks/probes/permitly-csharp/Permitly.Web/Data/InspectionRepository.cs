using Microsoft.Data.Sqlite;
using Npgsql;
using Permitly.Web.Models;

namespace Permitly.Web.Data;

/// <summary>
/// Scheduling lives in the county Postgres instance; field notes are cached in SQLite on the
/// tablet sync server until the nightly upload.
/// </summary>
public sealed class InspectionRepository(IConfiguration configuration)
{
    private readonly string _scheduling = configuration.GetConnectionString("Scheduling")!;
    private readonly string _fieldCache = configuration.GetConnectionString("FieldCache")!;

    public async Task<IReadOnlyList<InspectionSlot>> GetScheduleAsync(string inspectorLogin, DateOnly day, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_scheduling);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT i.id, p.number, p.site_address, i.starts_at, i.type FROM inspections i JOIN permits p ON p.id = i.permit_id WHERE i.inspector_login = @login AND i.slot_date = @day ORDER BY i.starts_at", conn); // SAFE sqli
        cmd.Parameters.AddWithValue("login", inspectorLogin);
        cmd.Parameters.AddWithValue("day", day);

        var slots = new List<InspectionSlot>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            slots.Add(new InspectionSlot(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), TimeOnly.FromTimeSpan(reader.GetTimeSpan(3)), reader.GetString(4)));
        return slots;
    }

    public async Task AppendFieldNoteAsync(int inspectionId, string inspector, string note)
    {
        await using var conn = new SqliteConnection(_fieldCache);
        await conn.OpenAsync();
        var stamped = $"[{DateTime.UtcNow:yyyy-MM-dd HH:mm}] {inspector}: {note.Trim()}";
        await using var cmd = new SqliteCommand($"INSERT INTO field_notes (inspection_id, body, synced) VALUES ({inspectionId}, '{stamped}', 0)", conn); // VULN sqli
        await cmd.ExecuteNonQueryAsync();
    }
}
