using System.Globalization;
using System.Text;
using Hangfire;
using Quayside.Api.Data;
using Quayside.Api.Services;

namespace Quayside.Api.Jobs;

public sealed class ScheduledReportJob
{
    private readonly ReportRepository _reports;
    private readonly DocumentStore _documents;
    private readonly ILogger<ScheduledReportJob> _logger;

    public ScheduledReportJob(ReportRepository reports, DocumentStore documents, ILogger<ScheduledReportJob> logger)
    {
        _reports = reports;
        _documents = documents;
        _logger = logger;
    }

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunWeeklyAsync(CancellationToken ct)
    {
        foreach (var definition in await _reports.AllDefinitionsAsync(ct))
        {
            await RunAsync(definition, ct);
        }
    }

    public async Task RunDefinitionAsync(int definitionId, CancellationToken ct)
    {
        var definition = (await _reports.AllDefinitionsAsync(ct)).FirstOrDefault(d => d.Id == definitionId);
        if (definition is null)
        {
            _logger.LogWarning("Report definition {Id} not found", definitionId);
            return;
        }

        await RunAsync(definition, ct);
    }

    private async Task RunAsync(ReportDefinition definition, CancellationToken ct)
    {
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = to.AddDays(-7);

        var rows = await _reports.RevenueForFilterAsync(definition.RouteFilter, from, to, ct);

        var csv = new StringBuilder("route,sailings,passengers,revenue_gbp\n");
        foreach (var row in rows)
        {
            csv.Append(row.RouteCode).Append(',')
               .Append(row.Sailings).Append(',')
               .Append(row.Passengers).Append(',')
               .Append(row.Revenue.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        }

        var fileName = $"revenue-{definition.Id}-{to:yyyyMMdd}.csv";
        await _documents.WriteExportAsync(fileName, csv.ToString(), ct);
        await _reports.TouchAsync(definition.Id, ct);
        _logger.LogInformation("Report {Name} written with {Rows} rows for {Recipient}", definition.Name, rows.Count, definition.Recipient);
    }
}
