using System.Text.RegularExpressions;
using Hangfire;
using Kilnworks.Configuration;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Services;
using Microsoft.Extensions.Options;

namespace Kilnworks.Jobs;

public sealed class KilnTelemetryJob
{
    private readonly FiringRepository _firings;
    private readonly KilnControllerClient _controllers;
    private readonly ILogger<KilnTelemetryJob> _logger;

    public KilnTelemetryJob(FiringRepository firings, KilnControllerClient controllers, ILogger<KilnTelemetryJob> logger)
    {
        _firings = firings;
        _controllers = controllers;
        _logger = logger;
    }

    public async Task PollAsync(CancellationToken ct)
    {
        var registrations = await _firings.ListKilnLinkRegistrationsAsync(ct);
        foreach (var (kilnId, statusUrl) in registrations)
        {
            var status = await _controllers.PollKilnLinkAsync(statusUrl, ct);
            if (status is null)
            {
                continue;
            }

            var firingId = await _firings.ActiveFiringForKilnAsync(kilnId, ct);
            if (firingId is null)
            {
                continue;
            }

            await _firings.AppendLogAsync(new[]
            {
                new FiringLogEntry
                {
                    FiringId = firingId.Value,
                    RecordedAt = DateTime.UtcNow,
                    TemperatureC = status.CurrentTemperatureC,
                    Segment = status.Segment.ToString()
                }
            }, ct);

            var next = status.State switch
            {
                "firing" => FiringStatus.Firing,
                "cooling" => FiringStatus.Cooling,
                "complete" => FiringStatus.Unloaded,
                _ => (FiringStatus?)null
            };
            if (next is { } s)
            {
                await _firings.UpdateStatusAsync(firingId.Value, s, status.CurrentTemperatureC, ct);
            }
            _logger.LogDebug("Kiln {Kiln} at {Temp}C, segment {Segment}", kilnId, status.CurrentTemperatureC, status.Segment);
        }
    }
}

public sealed partial class TimelapseJob
{
    private readonly ShellRunner _shell;
    private readonly StudioOptions _options;
    private readonly ILogger<TimelapseJob> _logger;

    public TimelapseJob(ShellRunner shell, IOptions<StudioOptions> options, ILogger<TimelapseJob> logger)
    {
        _shell = shell;
        _options = options.Value;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 1)]
    public async Task RenderAsync(long firingId, string camera, string caption, CancellationToken ct)
    {
        if (!CameraName().IsMatch(camera))
        {
            _logger.LogWarning("Rejected timelapse for firing {Firing}: bad camera id", firingId);
            return;
        }

        var outputDir = Path.Combine(_options.MediaRoot, "timelapse");
        Directory.CreateDirectory(outputDir);
        var raw = Path.Combine(outputDir, $"firing-{firingId}-raw.mp4");
        var final = Path.Combine(outputDir, $"firing-{firingId}.mp4");

        var assemble = await _shell.RunShellAsync($"{_options.FfmpegPath} -y -framerate 24 -pattern_type glob -i '/var/lib/kilnworks/cams/{camera}/*.jpg' -c:v libx264 {raw}", TimeSpan.FromMinutes(10), ct); // SAFE cmdi
        if (assemble.ExitCode != 0)
        {
            _logger.LogError("ffmpeg assemble failed: {Error}", assemble.Error);
            return;
        }

        var overlay = await _shell.RunShellAsync($"{_options.FfmpegPath} -y -i {raw} -vf \"drawtext=text='{caption}':x=24:y=h-48:fontsize=28:fontcolor=white\" {final}", TimeSpan.FromMinutes(10), ct); // VULN cmdi
        if (overlay.ExitCode != 0)
        {
            _logger.LogError("ffmpeg caption failed: {Error}", overlay.Error);
            return;
        }
        File.Delete(raw);
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex CameraName();
}
