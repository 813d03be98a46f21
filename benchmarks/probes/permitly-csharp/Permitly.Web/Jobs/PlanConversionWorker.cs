using System.Threading.Channels;
using Permitly.Web.Services;

namespace Permitly.Web.Jobs;

public sealed record PlanConversionJob(string PermitNumber, string SourcePath, string PageRange, int Dpi, DateTimeOffset QueuedAt);

public sealed class PlanConversionWorker(
    ChannelReader<PlanConversionJob> queue,
    IServiceScopeFactory scopeFactory,
    ILogger<PlanConversionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            var waited = DateTimeOffset.UtcNow - job.QueuedAt;
            if (waited > TimeSpan.FromMinutes(10))
                logger.LogWarning("Conversion backlog: {Permit} waited {Minutes:F1} min", job.PermitNumber, waited.TotalMinutes);
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var converter = scope.ServiceProvider.GetRequiredService<PlanConversionService>();
                await converter.RenderThumbnailAsync(job, stoppingToken);
                await converter.RenderPagesAsync(job, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Plan conversion failed for {Permit}", job.PermitNumber);
            }
        }
    }
}
