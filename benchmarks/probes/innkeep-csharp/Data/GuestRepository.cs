using Dapper;
using Innkeep.Models;
using Microsoft.Data.SqlClient;

namespace Innkeep.Data;

public class GuestRepository
{
    private readonly string _connectionString;

    public GuestRepository(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Innkeep")
            ?? throw new InvalidOperationException("Missing Innkeep connection string.");
    }

    public async Task<IReadOnlyList<GuestSummary>> SearchAsync(GuestQuery query)
    {
        await using var conn = new SqlConnection(_connectionString);
        var sql = $"SELECT Id, FirstName, LastName, Email, City, LoyaltyTier FROM Guests WHERE {query.WhereClause} " +
                  $"ORDER BY {query.OrderBy} OFFSET {query.Offset} ROWS FETCH NEXT {query.PageSize} ROWS ONLY";
        var rows = await conn.QueryAsync<GuestSummary>(sql, query.Parameters); // VULN sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<GuestSummary>> ListForStaffAsync(int staffId)
    {
        await using var conn = new SqlConnection(_connectionString);
        var sortColumn = await conn.ExecuteScalarAsync<string?>(
            "SELECT GuestListSort FROM StaffPreferences WHERE StaffId = @staffId", new { staffId }) ?? "LastName, FirstName";
        var rows = await conn.QueryAsync<GuestSummary>($"SELECT TOP 100 Id, FirstName, LastName, Email, City, LoyaltyTier FROM Guests WHERE IsDeleted = 0 ORDER BY {sortColumn}"); // SAFE sqli
        return rows.AsList();
    }

    public async Task SaveSortPreferenceAsync(int staffId, string sortColumn)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.ExecuteAsync(
            @"MERGE StaffPreferences AS t
              USING (SELECT @staffId AS StaffId) AS s ON t.StaffId = s.StaffId
              WHEN MATCHED THEN UPDATE SET GuestListSort = @sortColumn
              WHEN NOT MATCHED THEN INSERT (StaffId, GuestListSort) VALUES (@staffId, @sortColumn);",
            new { staffId, sortColumn });
    }

    public async Task<Guest?> FindByEmailAsync(string email)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync();
        await using var cmd = new SqlCommand("SELECT Id, FirstName, LastName, Email, Phone, City, LoyaltyTier FROM Guests WHERE Email = '" + email + "' AND IsDeleted = 0", conn); // VULN sqli
        await using var reader = await cmd.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Map(reader) : null;
    }

    public async Task<Guest?> GetByIdAsync(int id)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync();
        await using var cmd = new SqlCommand("SELECT Id, FirstName, LastName, Email, Phone, City, LoyaltyTier FROM Guests WHERE Id = @id AND IsDeleted = 0", conn); // SAFE sqli
        cmd.Parameters.Add(new SqlParameter("@id", System.Data.SqlDbType.Int) { Value = id });
        await using var reader = await cmd.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Map(reader) : null;
    }

    private static Guest Map(SqlDataReader reader) => new()
    {
        Id = reader.GetInt32(0),
        FirstName = reader.GetString(1),
        LastName = reader.GetString(2),
        Email = reader.GetString(3),
        Phone = reader.IsDBNull(4) ? null : reader.GetString(4),
        City = reader.IsDBNull(5) ? null : reader.GetString(5),
        LoyaltyTier = (LoyaltyTier)reader.GetInt32(6),
    };
}
