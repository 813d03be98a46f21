using Microsoft.EntityFrameworkCore;
using Rampwise.Web.Data;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Repositories;

public interface ITurnaroundRepository
{
    Task<IReadOnlyList<Turnaround>> SearchAsync(string station, string? sort, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
    Task<Turnaround?> GetAsync(Guid id, CancellationToken ct);
    Task<int> UpdateStatusAsync(Guid id, TurnaroundStatus status, string changedBy, CancellationToken ct);
    Task AppendRemarkAsync(Guid id, string remark, CancellationToken ct);
    Task SetDelayAsync(Guid id, string delayCode, CancellationToken ct);
    Task<bool> CompleteTaskAsync(Guid turnaroundId, int taskId, string completedBy, CancellationToken ct);
}

public class TurnaroundRepository : ITurnaroundRepository
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["onblock"] = "ScheduledOnBlockUtc",
        ["offblock"] = "ScheduledOffBlockUtc",
        ["flight"] = "FlightNumber",
        ["stand"] = "Stand",
        ["status"] = "Status"
    };

    private readonly RampwiseDbContext _db;

    public TurnaroundRepository(RampwiseDbContext db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<Turnaround>> SearchAsync(string station, string? sort, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var requested = string.IsNullOrWhiteSpace(sort) ? "onblock" : sort.Trim();
        var orderBy = SortColumns.TryGetValue(requested, out var column) ? column : requested;

        var sql = "SELECT * FROM Turnarounds WHERE Station = {0} AND ScheduledOnBlockUtc BETWEEN {1} AND {2} ORDER BY " + orderBy;
        var rows = await _db.Turnarounds.FromSqlRaw(sql, station, fromUtc, toUtc).AsNoTracking().ToListAsync(ct); // VULN sqli
        return rows;
    }

    public Task<Turnaround?> GetAsync(Guid id, CancellationToken ct) =>
        _db.Turnarounds.Include(t => t.Tasks).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    public Task<int> UpdateStatusAsync(Guid id, TurnaroundStatus status, string changedBy, CancellationToken ct)
    {
        var statusText = status.ToString();
        return _db.Database.ExecuteSqlRawAsync("UPDATE Turnarounds SET Status = {0}, LastChangedBy = {1}, LastChangedUtc = SYSUTCDATETIME() WHERE Id = {2}", new object[] { statusText, changedBy, id }, ct); // SAFE sqli
    }

    public async Task AppendRemarkAsync(Guid id, string remark, CancellationToken ct)
    {
        var turnaround = await _db.Turnarounds.FirstOrDefaultAsync(t => t.Id == id, ct)
                         ?? throw new KeyNotFoundException($"Turnaround {id} not found");

        turnaround.Remarks = string.IsNullOrEmpty(turnaround.Remarks)
            ? remark
            : turnaround.Remarks + "\n" + remark;

        await _db.SaveChangesAsync(ct);
    }

    public async Task SetDelayAsync(Guid id, string delayCode, CancellationToken ct)
    {
        var turnaround = await _db.Turnarounds.FirstOrDefaultAsync(t => t.Id == id, ct)
                         ?? throw new KeyNotFoundException($"Turnaround {id} not found");
        turnaround.DelayCode = delayCode;
        await _db.SaveChangesAsync(ct);
    }

    public async Task<bool> CompleteTaskAsync(Guid turnaroundId, int taskId, string completedBy, CancellationToken ct)
    {
        var task = await _db.TurnaroundTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.TurnaroundId == turnaroundId, ct);
        if (task is null || task.CompletedUtc.HasValue)
        {
            return false;
        }

        task.CompletedUtc = DateTime.UtcNow;
        task.CompletedBy = completedBy;
        await _db.SaveChangesAsync(ct);
        return true;
    }
}
