using Enrolla.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Enrolla.Data.Repositories;

public sealed class ApplicantRepository(EnrollaDbContext db)
{
    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["surname"] = "a.last_name",
        ["dob"] = "a.date_of_birth",
        ["received"] = "a.received_at",
        ["postcode"] = "a.postcode",
    };

    public Task<Applicant?> GetAsync(Guid id, CancellationToken ct) =>
        db.Applicants.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    public Task<List<Applicant>> SearchBySurnameAsync(string surname, CancellationToken ct) =>
        db.Applicants.FromSqlRaw($"SELECT * FROM applicants WHERE last_name ILIKE '{surname}%' ORDER BY last_name LIMIT 100").AsNoTracking().ToListAsync(ct); // VULN sqli

    public Task<List<Applicant>> FindByPostcodeAsync(string postcode, CancellationToken ct) =>
        db.Applicants.FromSqlInterpolated($"SELECT * FROM applicants WHERE postcode = {postcode} ORDER BY received_at").AsNoTracking().ToListAsync(ct); // SAFE sqli

    public Task<List<Applicant>> ListForSchoolAsync(int schoolId, string? sort, CancellationToken ct)
    {
        var orderBy = sort is not null && SortColumns.TryGetValue(sort, out var column) ? column : "a.received_at";
        return db.Applicants
            .FromSqlRaw($"SELECT a.* FROM applicants a JOIN preferences p ON p.applicant_id = a.id WHERE p.school_id = {{0}} ORDER BY {orderBy}", schoolId) // SAFE sqli
            .AsNoTracking()
            .ToListAsync(ct);
    }

    public async Task<int> CountByAuthorityAsync(string localAuthority, CancellationToken ct)
    {
        var counts = await db.Database
            .SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM applicants WHERE local_authority = '{localAuthority}'") // VULN sqli
            .ToListAsync(ct);
        return counts.FirstOrDefault();
    }
}
