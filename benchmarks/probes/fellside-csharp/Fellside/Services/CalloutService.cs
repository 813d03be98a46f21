using Fellside.Domain;
using Fellside.Dtos;
using Fellside.Grains;
using Fellside.Messages;
using Fellside.Repositories;
using Orleans;
using Wolverine;

namespace Fellside.Services;

public class CalloutService
{
    private readonly CalloutRepository _callouts;
    private readonly MemberRepository _members;
    private readonly CodeGenerator _codes;
    private readonly ConfirmationRenderer _renderer;
    private readonly ReportExporter _exporter;
    private readonly IGrainFactory _grains;
    private readonly IMessageBus _bus;
    private readonly ILogger<CalloutService> _logger;

    public CalloutService(
        CalloutRepository callouts,
        MemberRepository members,
        CodeGenerator codes,
        ConfirmationRenderer renderer,
        ReportExporter exporter,
        IGrainFactory grains,
        IMessageBus bus,
        ILogger<CalloutService> logger)
    {
        _callouts = callouts;
        _members = members;
        _codes = codes;
        _renderer = renderer;
        _exporter = exporter;
        _grains = grains;
        _bus = bus;
        _logger = logger;
    }

    public async Task<Callout> OpenAsync(OpenCalloutRequest request, CancellationToken ct)
    {
        var callout = new Callout
        {
            TeamCode = request.TeamCode.ToUpperInvariant(),
            Location = request.Location,
            GridReference = request.GridReference.Replace(" ", string.Empty).ToUpperInvariant(),
            Casualties = Math.Max(0, request.Casualties),
            Severity = request.Severity,
            ReportedBy = request.ReportedBy,
            Notes = request.Notes,
            CallbackUrl = request.CallbackUrl,
            Status = CalloutStatus.Open,
            OpenedUtc = DateTime.UtcNow
        };
        callout.IncidentRef = _codes.NewIncidentReference(callout.TeamCode, callout.OpenedUtc);
        callout.Id = await _callouts.InsertAsync(callout, ct);

        await _grains.GetGrain<ICalloutGrain>(callout.Id).AppendLog(new CalloutLogLine
        {
            Author = request.ReportedBy,
            Text = $"Callout opened: {request.Location} ({callout.GridReference}), {callout.Casualties} casualty(ies)"
        });

        await _bus.PublishAsync(new CalloutDispatched(callout.Id, callout.IncidentRef, callout.TeamCode));
        return callout;
    }

    public Task<IReadOnlyList<CalloutListItem>> ListForTeamAsync(CalloutListQuery query, CancellationToken ct) =>
        _callouts.ListForTeamAsync(query, ct);

    public Task<IReadOnlyList<CalloutListItem>> RecentAsync(string? sortBy, int limit, CancellationToken ct) =>
        _callouts.ListRecentAsync(sortBy, limit, ct);

    public Task<Callout?> GetAsync(int id, CancellationToken ct) => _callouts.GetAsync(id, ct);

    public Task AppendLogAsync(int calloutId, CalloutLogRequest request) =>
        _grains.GetGrain<ICalloutGrain>(calloutId).AppendLog(new CalloutLogLine { Author = request.Author, Text = request.Text });

    public Task StandDownAsync(int calloutId, string reason, string by) =>
        _grains.GetGrain<ICalloutGrain>(calloutId).StandDown(reason, by);

    public async Task RequestReportAsync(ReportRequest request, string requestedBy)
    {
        await _bus.PublishAsync(new ReportRequested(request.CalloutId, request.Title, request.Subtitle, requestedBy));
    }

    public async Task<IReadOnlyList<string>> ProduceReportsAsync(ReportRequested message, CancellationToken ct)
    {
        var callout = await _callouts.GetAsync(message.CalloutId, ct)
                      ?? throw new KeyNotFoundException($"Callout {message.CalloutId}");

        var html = _renderer.RenderCalloutSummary(new CalloutSummaryModel
        {
            IncidentRef = callout.IncidentRef,
            Location = callout.Location,
            GridReference = callout.GridReference,
            Severity = callout.Severity,
            Opened = callout.OpenedUtc.ToString("u"),
            Log = callout.Log
        });

        var htmlPath = Path.Combine(Path.GetTempPath(), $"fellside-callout-{callout.Id}.html");
        await File.WriteAllTextAsync(htmlPath, html, ct);

        var incident = await _exporter.ExportIncidentReportAsync(callout.Id, message.Title, htmlPath, ct);
        var summary = await _exporter.ExportSummaryAsync(callout.Id, message.Title, message.Subtitle, htmlPath, ct);
        _logger.LogInformation("Reports for {Ref} requested by {User} written", callout.IncidentRef, message.RequestedBy);
        return new[] { incident, summary };
    }

    public async Task<IReadOnlyList<string>> PagingNumbersAsync(string teamCode, CancellationToken ct)
    {
        var members = await _members.ListForTeamAsync(teamCode, ct);
        return members.Where(m => !string.IsNullOrWhiteSpace(m.Phone)).Select(m => m.Phone).ToList();
    }
}
