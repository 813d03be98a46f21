using Hangfire;
using Rampwise.Web.Services;

namespace Rampwise.Web.Jobs;

public class SlaReportJob
{
    private readonly ISlaReportService _reports;
    private readonly IBackgroundJobClient _jobs;
    private readonly ILogger<SlaReportJob> _logger;

    public SlaReportJob(ISlaReportService reports, IBackgroundJobClient jobs, ILogger<SlaReportJob> logger)
    {
        _reports = reports;
        _jobs = jobs;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 2)]
    [Queue("reports")]
    public async Task RunAsync(string airlineCode, int year, int month, string paperSize, CancellationToken ct)
    {
        _logger.LogInformation("Generating SLA report for {Airline} {Year}-{Month} ({Paper})", airlineCode, year, month, paperSize);
        var report = await _reports.GenerateAsync(airlineCode, year, month, paperSize, ct);
        _jobs.Enqueue<WebhookDispatcher>(d => d.DispatchSlaReportAsync(report.AirlineCode, report.Id, CancellationToken.None));
    }
}
