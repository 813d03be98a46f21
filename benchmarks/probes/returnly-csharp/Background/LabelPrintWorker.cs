using System.Diagnostics;

namespace Returnly.Background;

/// <summary>
/// Sends queued ZPL labels to the Zebra printers on the returns dock via the vendor's zplsend tool.
/// The dock PCs run Windows, hence cmd.exe.
/// </summary>
public sealed class LabelPrintWorker(LabelJobQueue queue, IOptions<ReturnlyOptions> options, ILogger<LabelPrintWorker> logger) : BackgroundService
{
    private const int MaxAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                try
                {
                    await SendAsync(job, stoppingToken);
                    break;
                }
                catch (Exception ex) when (attempt < MaxAttempts && ex is not OperationCanceledException)
                {
                    var delay = TimeSpan.FromMilliseconds(250 * attempt + Random.Shared.Next(0, 200)); // SAFE random
                    logger.LogWarning(ex, "Reprint of {Tracking} failed (attempt {Attempt}); retrying in {Delay}", job.TrackingNumber, attempt, delay);
                    await Task.Delay(delay, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Giving up on reprint of {Tracking} requested by {User}", job.TrackingNumber, job.RequestedBy);
                }
            }
        }
    }

    private async Task SendAsync(LabelPrintJob job, CancellationToken ct)
    {
        var labelDir = options.Value.LabelRoot;
        using var process = Process.Start("cmd.exe", $"/c zplsend.exe /station:{job.Station} /file:\"{labelDir}\\{job.TrackingNumber}.zpl\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new IOException($"zplsend exited with code {process.ExitCode}");
    }
}
