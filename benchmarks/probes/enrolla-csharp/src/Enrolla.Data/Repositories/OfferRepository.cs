using Enrolla.Core.Abstractions;
using Enrolla.Core.Models;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Enrolla.Data.Repositories;

public sealed class OfferRepository(IConfiguration configuration) : IOfferRepository
{
    private readonly string _connectionString = configuration.GetConnectionString("Admissions")
        ?? throw new InvalidOperationException("ConnectionStrings:Admissions is not configured");

    public async Task<IReadOnlyList<OfferSummary>> FindAsync(string round, string status, string? localAuthority, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        var where = "o.round = " + round + " AND o.status = '" + status + "'";
        if (!string.IsNullOrEmpty(localAuthority))
        {
            where += " AND s.local_authority = @la";
            cmd.Parameters.AddWithValue("la", localAuthority);
        }
        cmd.CommandText = "SELECT o.id, a.first_name || ' ' || a.last_name, s.name, o.round, o.status FROM offers o " + // VULN sqli
                          "JOIN applicants a ON a.id = o.applicant_id JOIN schools s ON s.id = o.school_id WHERE " + where;
        var results = new List<OfferSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            results.Add(new OfferSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                Enum.Parse<OfferStatus>(reader.GetString(4))));
        }
        return results;
    }

    public async Task<bool> AcceptAsync(string acceptanceCode, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "UPDATE offers SET status = 'Accepted', responded_at = now() WHERE acceptance_code = @code AND status = 'Offered'"; // SAFE sqli
        cmd.Parameters.AddWithValue("code", acceptanceCode);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<Offer?> GetAsync(Guid offerId, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT id, applicant_id, school_id, round, status, acceptance_code, issued_at FROM offers WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", offerId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return !await reader.ReadAsync(ct) ? null : new Offer
        {
            Id = reader.GetGuid(0), ApplicantId = reader.GetGuid(1), SchoolId = reader.GetInt32(2), Round = reader.GetInt32(3),
            Status = Enum.Parse<OfferStatus>(reader.GetString(4)), AcceptanceCode = reader.GetString(5), IssuedAt = reader.GetDateTime(6),
        };
    }

    public async Task SetAcceptanceCodeAsync(Guid offerId, string code, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("UPDATE offers SET acceptance_code = @code WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("id", offerId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
