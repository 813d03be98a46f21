using Hangfire;
using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Data;
using Rollcall.Web.Services;

namespace Rollcall.Web.Jobs;

/// <summary>Nightly: pulls address changes from the legacy SIS and flags students whose bus stop may need review.</summary>
public sealed class TransportSyncJob
{
    private readonly SisLegacyClient _legacy;
    private readonly RollcallDbContext _db;
    private readonly ILogger<TransportSyncJob> _logger;

    public TransportSyncJob(SisLegacyClient legacy, RollcallDbContext db, ILogger<TransportSyncJob> logger)
    {
        _legacy = legacy;
        _db = db;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SyncStopAssignmentsAsync()
    {
        var since = DateTime.UtcNow.AddDays(-1);
        var changes = await _legacy.GetAddressChangesAsync(since, CancellationToken.None);
        if (changes.Count == 0)
        {
            return;
        }

        var numbers = changes.Select(c => c.StudentNumber).Distinct().ToList();
        var students = await _db.Students.Where(s => numbers.Contains(s.StudentNumber)).ToListAsync();
        foreach (var student in students)
        {
            // Cleared stops show up on the transport office's review queue.
            student.HomeStopCode = null;
        }

        await _db.SaveChangesAsync();
        _logger.LogInformation("{Count} students flagged for stop review after address changes", students.Count);
    }
}
