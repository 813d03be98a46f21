using Innkeep.Models;
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Data;

public class ReservationRepository(InnkeepDbContext db, ILogger<ReservationRepository> logger)
{
    public Task<Reservation?> GetAsync(int id) =>
        db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);

    public async Task<Reservation> CreateAsync(Reservation reservation)
    {
        reservation.ConfirmationCode = "IK" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5));
        reservation.CreatedAtUtc = DateTime.UtcNow;
        db.Reservations.Add(reservation);
        await db.SaveChangesAsync();
        logger.LogInformation("Reservation {Code} created for guest {GuestId}", reservation.ConfirmationCode, reservation.GuestId);
        return reservation;
    }

    public Task<List<Reservation>> SearchByGuestNameAsync(string guestName, DateOnly? arrival)
    {
        var sql = "SELECT * FROM Reservations WHERE GuestLastName LIKE '%" + guestName.Trim() + "%'";
        if (arrival is not null)
            sql += $" AND ArrivalDate = '{arrival.Value:yyyy-MM-dd}'";
        return db.Reservations.FromSqlRaw(sql).AsNoTracking().OrderBy(r => r.ArrivalDate).Take(200).ToListAsync(); // VULN sqli
    }

    public Task<Reservation?> FindByConfirmationAsync(string confirmationCode)
    {
        return db.Reservations.FromSqlInterpolated($"SELECT * FROM Reservations WHERE ConfirmationCode = {confirmationCode}").AsNoTracking().FirstOrDefaultAsync(); // SAFE sqli
    }

    public Task<int> TransitionStatusAsync(IReadOnlyCollection<string> confirmationCodes, string fromStatus, string toStatus)
    {
        var codes = string.Join(",", confirmationCodes.Select(c => "'" + c.Replace("'", "''") + "'"));
        return db.Database.ExecuteSqlRawAsync($"UPDATE Reservations SET Status = '{toStatus}' WHERE Status = '{fromStatus}' AND ConfirmationCode IN ({codes})"); // VULN sqli
    }

    public Task<int> CancelAsync(IReadOnlyCollection<int> reservationIds, DateTime cancelledAtUtc)
    {
        var idList = string.Join(",", reservationIds);
        return db.Database.ExecuteSqlRawAsync($"UPDATE Reservations SET Status = 'Cancelled', CancelledAtUtc = {{0}} WHERE Id IN ({idList})", cancelledAtUtc); // SAFE sqli
    }

    public async Task SetStatusAsync(int id, string status)
    {
        var reservation = await db.Reservations.FindAsync(id);
        if (reservation is null)
            return;
        reservation.Status = status;
        await db.SaveChangesAsync();
    }
}
