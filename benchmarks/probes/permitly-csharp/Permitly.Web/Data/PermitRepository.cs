using System.Linq.Dynamic.Core;
using Microsoft.EntityFrameworkCore;
using Permitly.Web.Models;
using Permitly.Web.Utilities;

namespace Permitly.Web.Data;

public sealed class PermitRepository(PermitlyDbContext db, ILogger<PermitRepository> logger)
{
    public Task<Permit?> GetAsync(int id, CancellationToken ct) =>
        db.Permits.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<Permit> CreateAsync(PermitApplicationRequest request, CancellationToken ct)
    {
        var year = DateTime.UtcNow.Year;
        var sequence = await db.Permits.CountAsync(p => p.SubmittedAt.Year == year, ct) + 1;
        var permit = new Permit
        {
            Number = $"BP-{year}-{sequence:D5}",
            ParcelId = request.ParcelId.Trim(),
            DistrictId = request.DistrictId,
            Type = request.Type,
            ApplicantName = request.ApplicantName.Trim(),
            ApplicantEmail = request.ApplicantEmail.Trim(),
            Description = request.Description,
            EstimatedValuation = request.EstimatedValuation,
            SquareFeet = request.SquareFeet,
            Status = nameof(PermitStatus.Submitted),
            SubmittedAt = DateTime.UtcNow,
        };
        db.Permits.Add(permit);
        await db.SaveChangesAsync(ct);
        return permit;
    }

    public Task<List<Permit>> SearchAsync(PermitSearchCriteria criteria, CancellationToken ct)
    {
        var filter = PermitQueryHelpers.BuildSearchFilter(criteria);
        logger.LogDebug("Permit search filter: {Filter}", filter);
        return db.Permits.FromSqlRaw("SELECT * FROM permits WHERE " + filter + " ORDER BY submitted_at DESC") // VULN sqli
            .AsNoTracking()
            .Take(100)
            .ToListAsync(ct);
    }

    public Task<List<Permit>> ListByDistrictAsync(int districtId, string orderColumn, CancellationToken ct) =>
        db.Permits.FromSqlRaw("SELECT * FROM permits WHERE district_id = {0} ORDER BY " + orderColumn + " DESC", districtId) // SAFE sqli
            .AsNoTracking()
            .ToListAsync(ct);

    public Task<List<Permit>> FilterAsync(string expression, CancellationToken ct) =>
        db.Permits.AsNoTracking().Where(expression).OrderByDescending(p => p.SubmittedAt).Take(250).ToListAsync(ct); // VULN sqli

    public async Task<bool> UpdateStatusAsync(int id, PermitStatus status, CancellationToken ct)
    {
        var issuedClause = status == PermitStatus.Issued ? ", issued_at = SYSUTCDATETIME()" : "";
        var rows = await db.Database.ExecuteSqlRawAsync("UPDATE permits SET status = '" + status + "'" + issuedClause + " WHERE id = " + id, ct); // SAFE sqli
        return rows == 1;
    }
}
