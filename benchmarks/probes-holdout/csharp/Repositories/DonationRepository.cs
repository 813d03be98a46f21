using System.Text;
using Larderline.Contracts;
using Larderline.Data;
using Larderline.Domain;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Repositories;

public interface IDonationRepository
{
    Task<IReadOnlyList<Donation>> SearchAsync(DonationSearchFilter filter, CancellationToken ct);
    Task<IReadOnlyList<Donation>> ByCategoryAsync(string category, CancellationToken ct);
    Task<Donation?> FindAsync(int id, CancellationToken ct);
    Task<bool> ReceiptAlreadyRecordedAsync(string fingerprint, CancellationToken ct);
    Task<Donation> AddAsync(Donation donation, CancellationToken ct);
    Task AddRangeAsync(IEnumerable<Donation> donations, CancellationToken ct);
    Task<decimal> TotalWeightSinceAsync(DateTimeOffset since, CancellationToken ct);
}

public sealed class DonationRepository(LarderlineDbContext db) : IDonationRepository
{
    public async Task<IReadOnlyList<Donation>> SearchAsync(DonationSearchFilter filter, CancellationToken ct)
    {
        var sql = new StringBuilder("SELECT * FROM donations WHERE status <> 'Discarded'");
        if (!string.IsNullOrWhiteSpace(filter.Donor))
        {
            sql.Append($" AND donor_name ILIKE '%{filter.Donor.Trim()}%'");
        }
        if (filter.Category is { } category)
        {
            sql.Append($" AND category = '{category}'");
        }
        if (filter.Since is { } since)
        {
            sql.Append($" AND received_at >= '{since:yyyy-MM-dd}'");
        }
        sql.Append(" ORDER BY received_at DESC LIMIT 200");

        return await db.Donations.FromSqlRaw(sql.ToString()).AsNoTracking().ToListAsync(ct); // VULN sqli
    }

    public async Task<IReadOnlyList<Donation>> ByCategoryAsync(string category, CancellationToken ct)
    {
        return await db.Donations.FromSqlInterpolated($"SELECT * FROM donations WHERE category = {category} AND status = 'Shelved' ORDER BY best_before NULLS LAST").AsNoTracking().ToListAsync(ct); // SAFE sqli
    }

    public Task<Donation?> FindAsync(int id, CancellationToken ct) =>
        db.Donations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    public Task<bool> ReceiptAlreadyRecordedAsync(string fingerprint, CancellationToken ct) =>
        db.Donations.AnyAsync(d => d.ReceiptFingerprint == fingerprint, ct);

    public async Task<Donation> AddAsync(Donation donation, CancellationToken ct)
    {
        db.Donations.Add(donation);
        await db.SaveChangesAsync(ct);
        return donation;
    }

    public async Task AddRangeAsync(IEnumerable<Donation> donations, CancellationToken ct)
    {
        db.Donations.AddRange(donations);
        await db.SaveChangesAsync(ct);
    }

    public async Task<decimal> TotalWeightSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        await db.Donations.Where(d => d.ReceivedAt >= since && d.Status != DonationStatus.Discarded)
            .SumAsync(d => d.WeightKg, ct);
}
