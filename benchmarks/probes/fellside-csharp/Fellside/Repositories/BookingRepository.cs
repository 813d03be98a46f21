using Fellside.Data;
using Fellside.Domain;
using Microsoft.EntityFrameworkCore;

namespace Fellside.Repositories;

public class BookingRepository
{
    private readonly FellsideDbContext _db;
    private readonly ILogger<BookingRepository> _logger;

    public BookingRepository(FellsideDbContext db, ILogger<BookingRepository> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<Booking> AddAsync(Booking booking, CancellationToken ct)
    {
        _db.Bookings.Add(booking);
        await _db.SaveChangesAsync(ct);
        return booking;
    }

    public Task<Booking?> FindAsync(Guid id, CancellationToken ct) =>
        _db.Bookings.Include(b => b.Hut).FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task<IReadOnlyList<Booking>> SearchByGuestAsync(string guestName, int hutId, CancellationToken ct)
    {
        var sql = "SELECT * FROM bookings WHERE hut_id = " + hutId +
                  " AND lower(guest_name) LIKE lower('%" + guestName + "%') ORDER BY arrival";
        return await _db.Bookings.FromSqlRaw(sql).AsNoTracking().ToListAsync(ct); // VULN sqli
    }

    public async Task<Booking?> GetByReferenceAsync(string reference, string email, CancellationToken ct)
    {
        return await _db.Bookings.FromSqlInterpolated($"SELECT * FROM bookings WHERE reference = {reference} AND guest_email = {email}").Include(b => b.Hut).FirstOrDefaultAsync(ct); // SAFE sqli
    }

    public async Task<int> BedsTakenAsync(int hutId, DateOnly night, CancellationToken ct)
    {
        return await _db.Bookings
            .Where(b => b.HutId == hutId
                        && b.Status != BookingStatus.Cancelled
                        && b.Arrival <= night
                        && b.Arrival.AddDays(b.Nights) > night)
            .SumAsync(b => b.PartySize, ct);
    }

    public async Task<int> CancelAsync(string reference, string email, CancellationToken ct)
    {
        return await _db.Database.ExecuteSqlRawAsync("UPDATE bookings SET status = 'Cancelled' WHERE reference = {0} AND guest_email = {1}", new object[] { reference, email }, ct); // SAFE sqli
    }

    public async Task<int> ArchiveForRegionAsync(string region, int seasonYear, CancellationToken ct)
    {
        var statement = $"UPDATE bookings SET status = 'Archived' WHERE date_part('year', arrival) = {seasonYear} " +
                        $"AND hut_id IN (SELECT id FROM huts WHERE region = '{region}')";
        _logger.LogInformation("Archiving {Year} bookings for region {Region}", seasonYear, region);
        return await _db.Database.ExecuteSqlRawAsync(statement, ct); // VULN sqli
    }

    public async Task SetStatusAsync(Guid id, string status, CancellationToken ct)
    {
        var booking = await _db.Bookings.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (booking is null)
        {
            return;
        }

        booking.Status = status;
        await _db.SaveChangesAsync(ct);
    }
}
