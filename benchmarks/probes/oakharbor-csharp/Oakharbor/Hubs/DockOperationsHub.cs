using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Oakharbor.Messaging;
using Oakharbor.Services;

namespace Oakharbor.Hubs;

public interface IDockOperationsClient
{
    Task DiagnosticsQueued(int workOrderId, Guid correlationId);
    Task SensorReading(string sensorId, bool healthy, string detail);
    Task SurveyLinkChecked(SurveyLinkPreview preview);
    Task DockMessage(string from, string text);
}

[Authorize(Policy = Infrastructure.SecurityRegistration.HarbourStaffPolicy)]
public sealed class DockOperationsHub : Hub<IDockOperationsClient>
{
    private readonly IPublishEndpoint _bus;
    private readonly EngineDiagnosticsRunner _diagnostics;
    private readonly SurveyReportFetcher _surveys;
    private readonly ILogger<DockOperationsHub> _logger;

    public DockOperationsHub(IPublishEndpoint bus, EngineDiagnosticsRunner diagnostics, SurveyReportFetcher surveys, ILogger<DockOperationsHub> logger)
    {
        _bus = bus;
        _diagnostics = diagnostics;
        _surveys = surveys;
        _logger = logger;
    }

    public async Task JoinDock(string dockCode)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, $"dock:{dockCode.ToUpperInvariant()}");
    }

    public async Task BroadcastToDock(string dockCode, string text)
    {
        var from = Context.User?.Identity?.Name ?? "harbour office";
        await Clients.Group($"dock:{dockCode.ToUpperInvariant()}").DockMessage(from, text);
    }

    public async Task RequestEngineDiagnostics(int workOrderId, string hullId)
    {
        var correlationId = NewId.NextGuid();
        await _bus.Publish(new RunEngineDiagnostics
        {
            CorrelationId = correlationId,
            WorkOrderId = workOrderId,
            HullId = hullId.Trim(),
            RequestedBy = Context.UserIdentifier ?? "unknown"
        }, Context.ConnectionAborted);

        _logger.LogInformation("Queued engine diagnostics {CorrelationId} for work order {WorkOrderId}", correlationId, workOrderId);
        await Clients.Caller.DiagnosticsQueued(workOrderId, correlationId);
    }

    public async Task CheckBilgeSensor(string sensorId)
    {
        var result = await _diagnostics.RunBilgeSensorCheckAsync(sensorId.Trim(), Context.ConnectionAborted);
        await Clients.Caller.SensorReading(sensorId, result.Succeeded, result.Log);
    }

    public async Task CheckSurveyLink(string link)
    {
        var preview = await _surveys.PreviewPortalLinkAsync(link.Trim(), Context.ConnectionAborted);
        await Clients.Caller.SurveyLinkChecked(preview);
    }
}
