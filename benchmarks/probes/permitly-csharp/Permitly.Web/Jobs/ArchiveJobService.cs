using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Options;
using Permitly.Web.Config;

namespace Permitly.Web.Jobs;

public sealed class ArchiveJobService(IOptions<PermitlyOptions> options, ILogger<ArchiveJobService> logger)
{
    [AutomaticRetry(Attempts = 2)]
    public void ArchiveMonth(int year, int month)
    {
        var period = new DateOnly(year, month, 1);
        var storage = options.Value.Storage;
        var archive = Path.Combine(storage.ExportRoot, $"plans-{period:yyyy-MM}.tar.gz");
        var until = period.AddMonths(1);

        using var process = Process.Start(new ProcessStartInfo("bash", $"-c \"find . -type f -newermt {period:yyyy-MM-dd} ! -newermt {until:yyyy-MM-dd} -print0 | tar --null -czf {archive} -T -\"") { WorkingDirectory = storage.PlanRoot }); // SAFE cmdi
        process?.WaitForExit();
        logger.LogInformation("Archived plans for {Period} to {Archive} (exit {Code})", period, archive, process?.ExitCode);
    }
}
