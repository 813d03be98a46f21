using System.Text.RegularExpressions;
using Hangfire;
using Kilnworks.Configuration;
using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Jobs;
using Kilnworks.Services.Security;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed class FiringService
{
    private static readonly Regex ProfileName = new(@"[A-Za-z0-9_\-]+", RegexOptions.Compiled);

    private readonly FiringRepository _firings;
    private readonly IPublishEndpoint _publisher;
    private readonly IBackgroundJobClient _jobs;
    private readonly ConeChartParser _cones;
    private readonly MediaStore _media;
    private readonly KilnControllerClient _controllers;
    private readonly StudioOptions _options;

    public FiringService(
        FiringRepository firings,
        IPublishEndpoint publisher,
        IBackgroundJobClient jobs,
        ConeChartParser cones,
        MediaStore media,
        KilnControllerClient controllers,
        IOptions<StudioOptions> options)
    {
        _firings = firings;
        _publisher = publisher;
        _jobs = jobs;
        _cones = cones;
        _media = media;
        _controllers = controllers;
        _options = options.Value;
    }

    public async Task<IReadOnlyList<FiringSummaryDto>> SearchAsync(FiringSearchQuery query, CancellationToken ct)
    {
        var firings = await _firings.SearchAsync(query, ct);
        return firings.Select(ToSummary).ToList();
    }

    public async Task<FiringSummaryDto?> GetAsync(long id, CancellationToken ct)
    {
        var firing = await _firings.GetByIdAsync(id, ct);
        return firing is null ? null : ToSummary(firing);
    }

    public async Task<IReadOnlyList<FiringSummaryDto>> RecentForKilnAsync(int kilnId, int limit, CancellationToken ct)
    {
        var firings = await _firings.ListForKilnAsync(kilnId, limit, ct);
        return firings.Select(ToSummary).ToList();
    }

    public async Task<long> ScheduleAsync(ScheduleFiringRequest request, int memberId, CancellationToken ct)
    {
        if (!ProfileName.IsMatch(request.ScheduleProfile))
        {
            throw new ArgumentException("Schedule profile name is invalid.");
        }

        var kiln = await _firings.GetKilnAsync(request.KilnId, ct) ?? throw new KeyNotFoundException("Unknown kiln.");
        if (!kiln.Active)
        {
            throw new InvalidOperationException($"{kiln.Name} is out of service.");
        }

        var firing = new Firing
        {
            KilnId = kiln.Id,
            Type = request.Type,
            Status = FiringStatus.Scheduled,
            TargetCone = request.TargetCone,
            ScheduleProfile = request.ScheduleProfile,
            ScheduledFor = request.ScheduledFor.ToUniversalTime(),
            Notes = request.Notes,
            LoadedById = memberId
        };
        firing.Id = await _firings.InsertAsync(firing, ct);

        await _publisher.Publish(new FiringScheduled(firing.Id, kiln.Id, firing.ScheduleProfile, firing.TargetCone, firing.ScheduledFor), ct);
        return firing.Id;
    }

    public async Task<IReadOnlyList<ScheduleSegment>> ImportControllerScheduleAsync(long firingId, Stream xml, CancellationToken ct)
    {
        var firing = await _firings.GetByIdAsync(firingId, ct) ?? throw new KeyNotFoundException("Unknown firing.");
        var segments = _cones.ParseControllerSchedule(xml);
        if (segments.Count == 0)
        {
            throw new InvalidOperationException("Schedule contains no segments.");
        }
        await _firings.UpdateStatusAsync(firing.Id, FiringStatus.Loading, null, ct);
        return segments;
    }

    public Task<string> ReadLogAsync(long firingId, string logName, CancellationToken ct)
        => _media.ReadKilnLogAsync(firingId, logName, ct);

    public async Task RegisterKilnLinkAsync(RegisterControllerRequest request, CancellationToken ct)
    {
        if (!UrlGuards.IsKilnLinkUrl(request.StatusUrl, _options.KilnLinkBaseUrl))
        {
            throw new ArgumentException("Status URL must point at KilnLink.");
        }
        _ = await _firings.GetKilnAsync(request.KilnId, ct) ?? throw new KeyNotFoundException("Unknown kiln.");
        await _firings.SetControllerUrlAsync(request.KilnId, request.StatusUrl, ct);
    }

    public async Task<ControllerStatusDto?> LiveStatusAsync(int kilnId, CancellationToken ct)
    {
        var kiln = await _firings.GetKilnAsync(kilnId, ct);
        return kiln is null ? null : await _controllers.GetStatusAsync(kiln, ct);
    }

    public string QueueTimelapse(long firingId, string camera, string caption)
    {
        return _jobs.Enqueue<TimelapseJob>(job => job.RenderAsync(firingId, camera, caption, CancellationToken.None));
    }

    public async Task StageLogArchiveAsync(long firingId, IFormFile archive, int memberId, CancellationToken ct)
    {
        var staging = _media.KilnLogStagingPath(firingId);
        var stagedName = $"{Guid.NewGuid():N}.zip";
        await using (var target = File.Create(Path.Combine(staging, stagedName)))
        {
            await archive.CopyToAsync(target, ct);
        }
        await _publisher.Publish(new KilnLogUploaded(firingId, stagedName, memberId), ct);
    }

    private static FiringSummaryDto ToSummary(Firing f) => new(
        f.Id, f.KilnName, f.Type.ToString(), f.Status.ToString(), f.TargetCone, f.ScheduledFor, f.PeakTemperatureC);
}
