using Microsoft.EntityFrameworkCore;

namespace Returnly.Data;

public sealed class RefundRepository(ReturnlyDbContext db)
{
    public async Task<List<Refund>> FindByStatusAsync(string status, CancellationToken ct = default)
    {
        var query = db.Refunds.FromSqlRaw($"SELECT * FROM Refunds WHERE Status = '{status}'"); // VULN sqli
        return await query.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct);
    }

    public async Task<List<Refund>> FindForRmaAsync(string rmaNumber, CancellationToken ct = default)
    {
        var query = db.Refunds.FromSqlInterpolated($"SELECT * FROM Refunds WHERE RmaNumber = {rmaNumber}"); // SAFE sqli
        return await query.AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(ct);
    }

    public Task<decimal> TotalRefundedAsync(string rmaNumber, CancellationToken ct = default) =>
        db.Refunds.Where(r => r.RmaNumber == rmaNumber && r.Status != "Failed").SumAsync(r => r.Amount, ct);

    public async Task<int> AddAsync(IEnumerable<Refund> refunds, CancellationToken ct = default)
    {
        db.Refunds.AddRange(refunds);
        return await db.SaveChangesAsync(ct);
    }
}
