using System.Text;
using Kilnworks.Contracts;
using Kilnworks.Domain;
using Microsoft.Data.SqlClient;
using RepoDb;

namespace Kilnworks.Data;

public sealed class FiringRepository
{
    private const string FiringColumns =
        "f.Id, f.KilnId, k.Name AS KilnName, f.Type, f.Status, f.TargetCone, f.ScheduleProfile, " +
        "f.ScheduledFor, f.StartedAt, f.CompletedAt, f.PeakTemperatureC, f.Notes, f.LoadedById";

    private readonly IDbConnectionFactory _factory;

    public FiringRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task<Firing?> GetByIdAsync(long id, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var sql = $"SELECT {FiringColumns} FROM Firings f JOIN Kilns k ON k.Id = f.KilnId WHERE f.Id = @Id";
        var rows = await conn.ExecuteQueryAsync<Firing>(sql, new { Id = id }, cancellationToken: ct); // SAFE sqli
        return rows.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Firing>> ListForKilnAsync(int kilnId, int limit, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var take = Math.Clamp(limit, 1, 200);
        var sql = $"SELECT TOP ({take}) {FiringColumns} FROM Firings f JOIN Kilns k ON k.Id = f.KilnId WHERE f.KilnId = {kilnId} ORDER BY f.ScheduledFor DESC";
        var rows = await conn.ExecuteQueryAsync<Firing>(sql, cancellationToken: ct); // SAFE sqli
        return rows.ToList();
    }

    public async Task<IReadOnlyList<Firing>> SearchAsync(FiringSearchQuery query, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var param = new Dictionary<string, object>();

        if (!string.IsNullOrWhiteSpace(query.Cone))
        {
            where.Append(" AND f.TargetCone = @Cone");
            param["Cone"] = query.Cone;
        }
        if (query.From is { } from)
        {
            where.Append(" AND f.ScheduledFor >= @From");
            param["From"] = from;
        }
        if (query.To is { } to)
        {
            where.Append(" AND f.ScheduledFor < @To");
            param["To"] = to;
        }
        if (!string.IsNullOrWhiteSpace(query.Kiln))
        {
            where.Append(" AND k.Name = '").Append(query.Kiln.Trim()).Append('\'');
        }

        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 5, 100);
        var sql = $"SELECT {FiringColumns} FROM Firings f JOIN Kilns k ON k.Id = f.KilnId {where} " +
                  $"ORDER BY f.ScheduledFor DESC OFFSET {(page - 1) * size} ROWS FETCH NEXT {size} ROWS ONLY";

        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<Firing>(sql, param, cancellationToken: ct); // VULN sqli
        return rows.ToList();
    }

    public async Task<long> InsertAsync(Firing firing, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        const string sql = @"INSERT INTO Firings (KilnId, Type, Status, TargetCone, ScheduleProfile, ScheduledFor, Notes, LoadedById)
                             OUTPUT INSERTED.Id
                             VALUES (@KilnId, @Type, @Status, @TargetCone, @ScheduleProfile, @ScheduledFor, @Notes, @LoadedById)";
        return await conn.ExecuteScalarAsync<long>(sql, new
        {
            firing.KilnId,
            Type = (int)firing.Type,
            Status = (int)firing.Status,
            firing.TargetCone,
            firing.ScheduleProfile,
            firing.ScheduledFor,
            firing.Notes,
            firing.LoadedById
        }, cancellationToken: ct);
    }

    public async Task UpdateStatusAsync(long firingId, FiringStatus status, int? peak, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "UPDATE Firings SET Status = @Status, PeakTemperatureC = COALESCE(@Peak, PeakTemperatureC) WHERE Id = @Id", conn);
        cmd.Parameters.AddWithValue("@Status", (int)status);
        cmd.Parameters.AddWithValue("@Peak", (object?)peak ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@Id", firingId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<Kiln?> GetKilnAsync(int kilnId, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<Kiln>(
            "SELECT Id, Name, ControllerHost, ControllerPort, MaxCone, ShelfAreaSqCm, Active FROM Kilns WHERE Id = @Id",
            new { Id = kilnId }, cancellationToken: ct);
        return rows.FirstOrDefault();
    }

    public async Task SetControllerUrlAsync(int kilnId, string statusUrl, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync("UPDATE Kilns SET ControllerStatusUrl = @Url WHERE Id = @Id",
            new { Url = statusUrl, Id = kilnId }, cancellationToken: ct);
    }

    public async Task<string?> GetControllerUrlAsync(int kilnId, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<string?>("SELECT ControllerStatusUrl FROM Kilns WHERE Id = @Id",
            new { Id = kilnId }, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<(int KilnId, string StatusUrl)>> ListKilnLinkRegistrationsAsync(CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT Id, ControllerStatusUrl FROM Kilns WHERE Active = 1 AND ControllerStatusUrl IS NOT NULL", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(int, string)>();
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return list;
    }

    public async Task<long?> ActiveFiringForKilnAsync(int kilnId, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(
            "SELECT TOP (1) Id FROM Firings WHERE KilnId = @Kiln AND Status IN (1, 2, 3) ORDER BY ScheduledFor DESC",
            new { Kiln = kilnId }, cancellationToken: ct);
    }

    public async Task AppendLogAsync(IEnumerable<FiringLogEntry> entries, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        foreach (var entry in entries)
        {
            await using var cmd = new SqlCommand(
                "INSERT INTO FiringLog (FiringId, RecordedAt, TemperatureC, Segment) VALUES (@F, @At, @T, @S)", conn);
            cmd.Parameters.AddWithValue("@F", entry.FiringId);
            cmd.Parameters.AddWithValue("@At", entry.RecordedAt);
            cmd.Parameters.AddWithValue("@T", entry.TemperatureC);
            cmd.Parameters.AddWithValue("@S", entry.Segment);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
