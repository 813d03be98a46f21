using Microsoft.EntityFrameworkCore;
using Wardrobe.Web.Domain;

namespace Wardrobe.Web.Data;

public sealed class RentalRepository
{
    private readonly WardrobeDbContext _db;

    public RentalRepository(WardrobeDbContext db)
    {
        _db = db;
    }

    public Task<Rental?> GetAsync(int id, CancellationToken ct) =>
        _db.Rentals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Rental> AddAsync(Rental rental, CancellationToken ct)
    {
        _db.Rentals.Add(rental);
        await _db.SaveChangesAsync(ct);
        return rental;
    }

    public Task<List<Rental>> FindByProductionAsync(string productionTitle, CancellationToken ct)
    {
        var sql = "SELECT * FROM rentals WHERE production_title = '" + productionTitle + "' AND status <> 'Cancelled' ORDER BY due_date";
        return _db.Rentals.FromSqlRaw(sql).AsNoTracking().ToListAsync(ct); // VULN sqli
    }

    public Task<List<Rental>> FindForMemberAsync(int memberId, string? status, CancellationToken ct)
    {
        var effectiveStatus = string.IsNullOrWhiteSpace(status) ? RentalStatuses.Reserved : status.Trim();
        return _db.Rentals.FromSqlInterpolated($"SELECT * FROM rentals WHERE member_id = {memberId} AND status = {effectiveStatus} ORDER BY due_date").AsNoTracking().ToListAsync(ct); // SAFE sqli
    }

    public Task<List<Rental>> FindForProductionCostumesAsync(string productionTitle, CancellationToken ct) =>
        _db.Rentals.AsNoTracking()
            .Where(r => r.ProductionTitle == productionTitle && r.Status != RentalStatuses.Cancelled)
            .OrderBy(r => r.DueDate)
            .ToListAsync(ct);

    public Task<int> MarkReturnedAsync(int rentalId, DateTime returnedAt, CancellationToken ct)
    {
        return _db.Database.ExecuteSqlRawAsync("UPDATE rentals SET status = 'Returned', returned_at = {0} WHERE id = {1} AND status = 'Collected'", new object[] { returnedAt, rentalId }, ct); // SAFE sqli
    }

    public Task<int> RecordInspectionAsync(int rentalId, string conditionNote, int grade, CancellationToken ct)
    {
        var sql = $"UPDATE rentals SET condition_note = '{conditionNote}', condition_grade = {grade}, status = 'Inspected' WHERE id = {rentalId}";
        return _db.Database.ExecuteSqlRawAsync(sql, ct); // VULN sqli
    }
}
