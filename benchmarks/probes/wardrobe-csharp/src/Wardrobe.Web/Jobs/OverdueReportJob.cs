using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Quartz;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;

namespace Wardrobe.Web.Jobs;

/// <summary>Runs every saved report marked "nightly" and drops a CSV into the reports share.</summary>
[DisallowConcurrentExecution]
public sealed class OverdueReportJob : IJob
{
    public static readonly JobKey Key = new("overdue-report", "reports");

    private readonly ReportRepository _reports;
    private readonly StorageOptions _options;
    private readonly ILogger<OverdueReportJob> _logger;

    public OverdueReportJob(ReportRepository reports, IOptions<StorageOptions> options, ILogger<OverdueReportJob> logger)
    {
        _reports = reports;
        _options = options.Value;
        _logger = logger;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var ct = context.CancellationToken;
        var scheduled = await _reports.ListScheduledAsync("nightly", ct);
        _logger.LogInformation("Running {Count} nightly overdue reports", scheduled.Count);

        foreach (var report in scheduled)
        {
            try
            {
                var lines = await _reports.RunSavedReportAsync(report, ct);
                await WriteCsvAsync(report, lines, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Saved report {ReportId} ({Name}) failed", report.Id, report.Name);
            }
        }
    }

    private async Task WriteCsvAsync(SavedReport report, IReadOnlyList<OverdueLine> lines, CancellationToken ct)
    {
        Directory.CreateDirectory(_options.ReportOutput);
        var path = Path.Combine(_options.ReportOutput, $"report-{report.Id}-{DateTime.UtcNow:yyyyMMdd}.csv");

        var csv = new StringBuilder("rental_id,production,due_date,member,email,sku,costume\n");
        foreach (var line in lines)
        {
            csv.Append(line.RentalId.ToString(CultureInfo.InvariantCulture)).Append(',')
               .Append(Quote(line.ProductionTitle)).Append(',')
               .Append(line.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
               .Append(Quote(line.MemberName)).Append(',')
               .Append(Quote(line.MemberEmail)).Append(',')
               .Append(Quote(line.Sku)).Append(',')
               .Append(Quote(line.CostumeName)).Append('\n');
        }

        await File.WriteAllTextAsync(path, csv.ToString(), ct);
    }

    private static string Quote(string value)
    {
        var escaped = value.Replace("\"", "\"\"");
        if (escaped.Length > 0 && "=+-@".Contains(escaped[0]))
        {
            escaped = "'" + escaped;
        }

        return $"\"{escaped}\"";
    }
}
