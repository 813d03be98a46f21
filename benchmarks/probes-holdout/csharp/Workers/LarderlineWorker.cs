using Larderline.Data;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Http;
using Larderline.Contracts;
using Larderline.Repositories;
using Larderline.Services;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Workers;

/// <summary>
/// Drains the in-process work queue: partner notifications, feed pulls, route solving,
/// archive imports, warehouse reports and packing-plan replays.
/// </summary>
public sealed class LarderlineWorker(IWorkQueue queue, IServiceScopeFactory scopes, ILogger<LarderlineWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.ReadAllAsync(stoppingToken))
        {
            using var scope = scopes.CreateScope();
            using var _ = logger.BeginScope(new Dictionary<string, object> { ["WorkItemId"] = item.Id, ["WorkItemType"] = item.GetType().Name });
            try
            {
                await HandleAsync(scope.ServiceProvider, item, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Work item {Type} failed", item.GetType().Name);
            }
        }
    }

    private static async Task HandleAsync(IServiceProvider services, WorkItem item, CancellationToken ct)
    {
        switch (item)
        {
            case ParcelDispatched dispatched:
                await NotifyPartnerAsync(services, dispatched, ct);
                break;

            case RemoteFeedPull pull:
                await services.GetRequiredService<DonationIntakeService>().PullRemoteFeedAsync(pull.StoreCode, pull.FeedUrl, ct);
                break;

            case RouteSolveRequested solve:
                await services.GetRequiredService<RoutePlanningService>().RunSolverAsync(solve.RouteId, solve.Depot, solve.Profile, solve.Vehicles, ct);
                break;

            case RouteArchiveUploaded archive:
                var importer = services.GetRequiredService<ManifestArchiveImporter>();
                importer.Import(archive.ArchivePath, archive.RouteId, archive.Kind);
                File.Delete(archive.ArchivePath);
                break;

            case AllocationReportRequested report:
                await BuildAllocationReportAsync(services, report, ct);
                break;

            case PackingDraftSubmitted draft:
                await services.GetRequiredService<PackingPlanService>().ReplayDraftAsync(draft.DraftId, ct);
                break;
        }
    }

    private static async Task NotifyPartnerAsync(IServiceProvider services, ParcelDispatched dispatched, CancellationToken ct)
    {
        var db = services.GetRequiredService<LarderlineDbContext>();
        var parcel = await db.Parcels.Include(p => p.Partner).AsNoTracking().FirstOrDefaultAsync(p => p.Id == dispatched.ParcelId, ct);
        if (parcel?.Partner?.WebhookUrl is not { Length: > 0 } webhookUrl)
        {
            return;
        }

        var evt = new ParcelDispatchedEvent(parcel.Id, parcel.HouseholdRef, parcel.RouteId, parcel.DispatchedAt ?? DateTimeOffset.UtcNow);
        await services.GetRequiredService<PartnerWebhookClient>().NotifyDispatchAsync(webhookUrl, evt, ct);
    }

    private static async Task BuildAllocationReportAsync(IServiceProvider services, AllocationReportRequested report, CancellationToken ct)
    {
        var db = services.GetRequiredService<LarderlineDbContext>();
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == report.PartnerId, ct);
        if (partner is null)
        {
            return;
        }

        var lines = await services.GetRequiredService<AllocationReportRepository>().RegionalAllocationAsync(partner.Region, report.Month, ct);
        var logger = services.GetRequiredService<ILogger<LarderlineWorker>>();
        logger.LogInformation("Allocation report for {Partner}: {Total} kg across {Lines} categories, sent to {Email}",
            partner.Name, lines.Sum(l => l.WeightKg), lines.Count, report.EmailTo);
    }
}
