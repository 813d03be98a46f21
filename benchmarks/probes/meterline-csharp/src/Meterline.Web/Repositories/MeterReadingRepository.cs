using Meterline.Data;
using Meterline.Helpers;
using Meterline.Models;
using Microsoft.EntityFrameworkCore;

namespace Meterline.Repositories;

public sealed class MeterReadingRepository(MeterlineDbContext db)
{
    public Task<List<MeterReading>> HistoryBySerialAsync(string serial, DateOnly from) =>
        db.Readings.FromSqlInterpolated($"SELECT * FROM meter_readings WHERE meter_serial = {serial} AND read_on >= {from}") // SAFE sqli
            .AsNoTracking().OrderByDescending(r => r.ReadOn).ToListAsync();

    public Task<List<MeterReading>> ByRouteAsync(string routeCode, string? register)
    {
        var sql = "SELECT r.* FROM meter_readings r JOIN meters m ON m.serial = r.meter_serial WHERE m.route_code = '" + routeCode + "'";
        if (!string.IsNullOrEmpty(register))
        {
            sql += " AND r.register = '" + register + "'";
        }
        return db.Readings.FromSqlRaw(sql).AsNoTracking().ToListAsync(); // VULN sqli
    }

    public async Task AddRangeAsync(IEnumerable<MeterReading> readings)
    {
        db.Readings.AddRange(readings);
        await db.SaveChangesAsync();
    }

    public Task<int> ArchiveAsync(ReadingKind kind, DateOnly cutoff)
    {
        var table = SqlFragments.ArchiveTable(kind);
        return db.Database.ExecuteSqlRawAsync($"INSERT INTO {table} SELECT * FROM meter_readings WHERE kind = {{0}} AND read_on < {{1}}; DELETE FROM meter_readings WHERE kind = {{0}} AND read_on < {{1}};", (int)kind, cutoff); // SAFE sqli
    }

    public Task<List<MonthlyUsage>> UsageSummaryAsync(int customerId) =>
        db.Database.SqlQuery<MonthlyUsage>(
                $"SELECT YEAR(r.read_on) AS Year, MONTH(r.read_on) AS Month, r.kind AS Kind, MAX(r.value) - MIN(r.value) AS Units FROM meter_readings r JOIN meters m ON m.serial = r.meter_serial WHERE m.customer_id = {customerId} GROUP BY YEAR(r.read_on), MONTH(r.read_on), r.kind")
            .ToListAsync();
}
