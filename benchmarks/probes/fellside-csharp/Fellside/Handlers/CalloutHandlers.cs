using Fellside.Dtos;
using Fellside.Grains;
using Fellside.Messages;
using Fellside.Repositories;
using Fellside.Services;
using Orleans;

namespace Fellside.Handlers;

public class CalloutDispatchedHandler
{
    private readonly CalloutRepository _callouts;
    private readonly CalloutService _service;
    private readonly WebhookNotifier _webhooks;
    private readonly SmsGatewayClient _sms;
    private readonly ILogger<CalloutDispatchedHandler> _logger;

    public CalloutDispatchedHandler(
        CalloutRepository callouts,
        CalloutService service,
        WebhookNotifier webhooks,
        SmsGatewayClient sms,
        ILogger<CalloutDispatchedHandler> logger)
    {
        _callouts = callouts;
        _service = service;
        _webhooks = webhooks;
        _sms = sms;
        _logger = logger;
    }

    public async Task Handle(CalloutDispatched message, CancellationToken ct)
    {
        var callout = await _callouts.GetAsync(message.CalloutId, ct);
        if (callout is null)
        {
            _logger.LogError("Dispatched callout {Id} not found", message.CalloutId);
            return;
        }

        var numbers = await _service.PagingNumbersAsync(message.TeamCode, ct);
        var text = $"FELLSIDE {callout.Severity.ToUpperInvariant()} {callout.IncidentRef}: {callout.Location} {callout.GridReference}. Reply Y/N.";
        if (!await _sms.PageAsync(numbers, text, ct))
        {
            _logger.LogCritical("Paging failed for {Ref} - phone the team leader", callout.IncidentRef);
        }

        await _webhooks.NotifyDispatchedAsync(callout, ct);
    }
}

public static class ReportRequestedHandler
{
    public static async Task Handle(ReportRequested message, CalloutService callouts, ILogger<ReportRequested> logger, CancellationToken ct)
    {
        logger.LogInformation("Producing reports for callout {Id}", message.CalloutId);
        var files = await callouts.ProduceReportsAsync(message, ct);
        foreach (var file in files)
        {
            logger.LogInformation("Report ready: {File}", Path.GetFileName(file));
        }
    }
}

public static class ResponderPositionHandler
{
    public static async Task Handle(ResponderPositionLogged message, IGrainFactory grains)
    {
        var grain = grains.GetGrain<ICalloutGrain>(message.CalloutId);
        await grain.AddResponder(message.Callsign);
        await grain.AppendLog(new CalloutLogLine
        {
            Author = message.Callsign,
            Text = FormattableString.Invariant($"Position {message.Latitude:F5}, {message.Longitude:F5}")
        });
    }
}
