using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Petrilab.Data;

public class SampleRepository(LabDbContext db)
{
    private const int PageSize = 50;

    public async Task<List<Sample>> SearchAsync(int clinicId, string? species, string? ownerSurname, int page, CancellationToken ct)
    {
        var sql = new StringBuilder("SELECT * FROM samples WHERE clinic_id = ").Append(clinicId);
        if (!string.IsNullOrWhiteSpace(species))
        {
            sql.Append(" AND lower(species) = lower('").Append(species).Append("')");
        }

        var query = db.Samples.FromSqlRaw(sql.ToString()).AsNoTracking(); // VULN sqli
        if (!string.IsNullOrWhiteSpace(ownerSurname))
        {
            query = query.Where(s => EF.Functions.ILike(s.OwnerSurname, ownerSurname + "%"));
        }

        return await query
            .OrderByDescending(s => s.CollectedAt)
            .Skip((Math.Max(page, 1) - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(ct);
    }

    public Task<Sample?> FindByAccessionAsync(string accession, CancellationToken ct)
    {
        return db.Samples.FromSqlInterpolated($"SELECT * FROM samples WHERE accession = {accession}").AsNoTracking().FirstOrDefaultAsync(ct); // SAFE sqli
    }

    public Task<Sample?> GetAsync(int id, CancellationToken ct) =>
        db.Samples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<int> MarkReceivedAsync(int sampleId, string receivedBy, CancellationToken ct)
    {
        return db.Database.ExecuteSqlRawAsync($"UPDATE samples SET status = 'Received', received_at = now(), received_by = {{0}} WHERE id = {sampleId} AND status = 'InTransit'", new object[] { receivedBy }, ct); // SAFE sqli
    }

    public Task<List<ClinicNote>> NotesAsync(int sampleId, CancellationToken ct) =>
        db.ClinicNotes.AsNoTracking().Where(n => n.SampleId == sampleId).OrderBy(n => n.CreatedAt).ToListAsync(ct);

    public async Task AddNoteAsync(ClinicNote note, CancellationToken ct)
    {
        db.ClinicNotes.Add(note);
        await db.SaveChangesAsync(ct);
    }
}
