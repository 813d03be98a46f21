using Microsoft.EntityFrameworkCore;
using Rampwise.Web.Data;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Repositories;

public interface ISlaRepository
{
    Task<IReadOnlyList<SlaBreachRow>> GetBreachesAsync(string airlineCode, int year, int month, int targetMinutes, CancellationToken ct);
    Task<int> CountTurnaroundsAsync(string airlineCode, int year, int month, CancellationToken ct);
    Task<SlaReport> SaveAsync(SlaReport report, CancellationToken ct);
    Task<SlaReport?> GetAsync(int id, CancellationToken ct);
}

public class SlaRepository : ISlaRepository
{
    private readonly RampwiseDbContext _db;

    public SlaRepository(RampwiseDbContext db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<SlaBreachRow>> GetBreachesAsync(string airlineCode, int year, int month, int targetMinutes, CancellationToken ct)
    {
        var sql = $"""
            SELECT t.Id AS TurnaroundId, t.FlightNumber, t.ScheduledOffBlockUtc, t.ActualOffBlockUtc,
                   DATEDIFF(minute, t.ScheduledOffBlockUtc, t.ActualOffBlockUtc) AS DelayMinutes, t.DelayCode
            FROM Turnarounds t
            WHERE t.AirlineCode = '{airlineCode}'
              AND YEAR(t.ScheduledOffBlockUtc) = {year} AND MONTH(t.ScheduledOffBlockUtc) = {month}
              AND t.ActualOffBlockUtc IS NOT NULL
              AND DATEDIFF(minute, t.ActualOnBlockUtc, t.ActualOffBlockUtc) > {targetMinutes}
            """;

        return await _db.Database.SqlQueryRaw<SlaBreachRow>(sql).ToListAsync(ct); // VULN sqli
    }

    public async Task<int> CountTurnaroundsAsync(string airlineCode, int year, int month, CancellationToken ct)
    {
        var counts = await _db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM Turnarounds WHERE AirlineCode = {airlineCode} AND YEAR(ScheduledOffBlockUtc) = {year} AND MONTH(ScheduledOffBlockUtc) = {month}").ToListAsync(ct); // SAFE sqli
        return counts.FirstOrDefault();
    }

    public async Task<SlaReport> SaveAsync(SlaReport report, CancellationToken ct)
    {
        var existing = await _db.SlaReports.FirstOrDefaultAsync(
            r => r.AirlineCode == report.AirlineCode && r.Year == report.Year && r.Month == report.Month, ct);

        if (existing is null)
        {
            _db.SlaReports.Add(report);
        }
        else
        {
            existing.TurnaroundCount = report.TurnaroundCount;
            existing.OnTimeCount = report.OnTimeCount;
            existing.BreachCount = report.BreachCount;
            existing.PenaltyAmount = report.PenaltyAmount;
            existing.PdfFileName = report.PdfFileName;
            existing.GeneratedUtc = report.GeneratedUtc;
            report = existing;
        }

        await _db.SaveChangesAsync(ct);
        return report;
    }

    public Task<SlaReport?> GetAsync(int id, CancellationToken ct) =>
        _db.SlaReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
}
