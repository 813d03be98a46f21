using MassTransit;
using Oakharbor.Data;
using Oakharbor.Messaging;

namespace Oakharbor.Consumers;

public sealed class OccupancyReportConsumer : IConsumer<GenerateOccupancyReport>
{
    private readonly IReportPreferenceRepository _preferences;
    private readonly IReportRepository _reports;
    private readonly ILogger<OccupancyReportConsumer> _logger;

    public OccupancyReportConsumer(IReportPreferenceRepository preferences, IReportRepository reports, ILogger<OccupancyReportConsumer> logger)
    {
        _preferences = preferences;
        _reports = reports;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<GenerateOccupancyReport> context)
    {
        var job = context.Message;
        var ct = context.CancellationToken;
        var preference = await _preferences.GetAsync(job.RequestedBy, ct);

        var occupancy = await _reports.OccupancyAsync(preference.OccupancyGrouping, job.Year, job.Month, preference.IncludeLiveaboards, ct);
        await _reports.SaveSnapshotAsync(job.ReportId, "occupancy", occupancy, ct);

        var revenue = await _reports.RevenueAsync(preference.RevenueDimension, job.Year, job.Month, ct);
        await _reports.SaveSnapshotAsync(job.ReportId, "revenue", revenue, ct);

        _logger.LogInformation("Report {ReportId} for {User} ({Year}-{Month:D2}): {Occupancy} occupancy rows, {Revenue} revenue rows",
            job.ReportId, job.RequestedBy, job.Year, job.Month, occupancy.Count, revenue.Count);
    }
}
