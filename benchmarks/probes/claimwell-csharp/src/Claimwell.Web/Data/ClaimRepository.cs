using System.Text;
using Claimwell.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace Claimwell.Web.Data;

public sealed class ClaimRepository
{
    private static readonly IReadOnlyDictionary<string, string> SortColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["reported"] = "ReportedAt",
            ["loss"] = "LossDate",
            ["amount"] = "EstimatedAmount",
            ["status"] = "Status",
            ["reference"] = "Reference"
        };

    private readonly ClaimwellDbContext _db;

    public ClaimRepository(ClaimwellDbContext db)
    {
        _db = db;
    }

    public async Task<List<ClaimCase>> SearchAsync(ClaimSearchFilter filter, CancellationToken ct)
    {
        var sql = new StringBuilder("SELECT * FROM Claims WHERE 1 = 1");

        if (!string.IsNullOrWhiteSpace(filter.PolicyNumber))
        {
            sql.Append($" AND PolicyNumber = '{filter.PolicyNumber}'");
        }

        if (Enum.TryParse<ClaimStatus>(filter.Status, ignoreCase: true, out var status))
        {
            sql.Append($" AND Status = {(int)status}");
        }

        if (!string.IsNullOrWhiteSpace(filter.LossType))
        {
            sql.Append($" AND LossType = '{filter.LossType}'");
        }

        var column = SortColumns.GetValueOrDefault(filter.Sort, "ReportedAt");
        sql.Append($" ORDER BY {column} {(filter.Descending ? "DESC" : "ASC")}");
        sql.Append($" OFFSET {(filter.Page - 1) * filter.PageSize} ROWS FETCH NEXT {filter.PageSize} ROWS ONLY");

        return await _db.Claims.FromSqlRaw(sql.ToString()).AsNoTracking().ToListAsync(ct); // VULN sqli
    }

    public async Task<List<ClaimCase>> ByPolicyAsync(string policyNumber, CancellationToken ct)
    {
        return await _db.Claims.FromSqlInterpolated($"SELECT * FROM Claims WHERE PolicyNumber = {policyNumber} AND Status <> {(int)ClaimStatus.Closed}").AsNoTracking().OrderByDescending(c => c.ReportedAt).ToListAsync(ct); // SAFE sqli
    }

    public Task<ClaimCase?> GetAsync(Guid id, CancellationToken ct) =>
        _db.Claims
            .Include(c => c.Policy)
            .Include(c => c.Documents)
            .AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<ClaimCase?> GetByReferenceAsync(string reference, CancellationToken ct) =>
        _db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Reference == reference, ct);

    public Task<List<ClaimCase>> ListOpenAsync(int take, CancellationToken ct) =>
        _db.Claims
            .AsNoTracking()
            .Where(c => c.Status != ClaimStatus.Closed && c.Status != ClaimStatus.Paid)
            .OrderBy(c => c.ReportedAt)
            .Take(take)
            .ToListAsync(ct);

    public async Task AddAsync(ClaimCase claim, CancellationToken ct)
    {
        _db.Claims.Add(claim);
        await _db.SaveChangesAsync(ct);
    }

    public async Task AddNoteAsync(ClaimNote note, CancellationToken ct)
    {
        _db.ClaimNotes.Add(note);
        await _db.SaveChangesAsync(ct);
    }

    public Task<List<ClaimNote>> GetNotesAsync(Guid claimId, CancellationToken ct) =>
        _db.ClaimNotes
            .AsNoTracking()
            .Where(n => n.ClaimId == claimId)
            .OrderByDescending(n => n.CreatedAt)
            .ToListAsync(ct);

    public async Task AddDocumentAsync(ClaimDocument document, CancellationToken ct)
    {
        _db.ClaimDocuments.Add(document);
        await _db.SaveChangesAsync(ct);
    }

    public Task<ClaimDocument?> GetDocumentAsync(Guid claimId, Guid documentId, CancellationToken ct) =>
        _db.ClaimDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.ClaimId == claimId && d.Id == documentId, ct);

    public async Task SetDocumentMetadataAsync(Guid documentId, string metadataJson, CancellationToken ct)
    {
        await _db.ClaimDocuments
            .Where(d => d.Id == documentId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.MetadataJson, metadataJson), ct);
    }

    public async Task<int> AssignAsync(Guid claimId, string adjusterId, CancellationToken ct)
    {
        return await _db.Database.ExecuteSqlRawAsync($"UPDATE Claims SET AssignedAdjuster = '{adjusterId}', Status = {(int)ClaimStatus.Assigned} WHERE Id = '{claimId}'", ct); // VULN sqli
    }

    public async Task<int> SetStatusAsync(Guid claimId, ClaimStatus status, CancellationToken ct)
    {
        return await _db.Database.ExecuteSqlRawAsync("UPDATE Claims SET Status = {0} WHERE Id = {1}", new object[] { (int)status, claimId }, ct); // SAFE sqli
    }
}
