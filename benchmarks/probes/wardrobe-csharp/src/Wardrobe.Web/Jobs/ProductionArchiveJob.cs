using Quartz;
using Wardrobe.Web.Data;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Jobs;

/// <summary>
/// Queued from the production page when a run closes; tars the production folder
/// in the background because large shows take several minutes.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ProductionArchiveJob : IJob
{
    public static readonly JobKey Key = new("production-archive", "productions");

    public const string ProductionIdKey = "productionId";
    public const string ArchiveNameKey = "archiveName";
    public const string IncludePhotosKey = "includePhotos";

    private readonly WardrobeDbContext _db;
    private readonly ArchiveService _archives;
    private readonly ILogger<ProductionArchiveJob> _logger;

    public ProductionArchiveJob(WardrobeDbContext db, ArchiveService archives, ILogger<ProductionArchiveJob> logger)
    {
        _db = db;
        _archives = archives;
        _logger = logger;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var ct = context.CancellationToken;
        var data = context.MergedJobDataMap;
        var productionId = data.GetInt(ProductionIdKey);
        var archiveName = data.GetString(ArchiveNameKey);
        var includePhotos = data.ContainsKey(IncludePhotosKey) && data.GetBoolean(IncludePhotosKey);

        if (string.IsNullOrWhiteSpace(archiveName))
        {
            _logger.LogWarning("Archive job for production {ProductionId} had no archive name", productionId);
            return;
        }

        var production = await _db.Productions.FindAsync(new object[] { productionId }, ct);
        if (production is null)
        {
            _logger.LogWarning("Archive job for missing production {ProductionId}", productionId);
            return;
        }

        production.ArchivePath = await _archives.CreateArchiveAsync(production.Slug, archiveName, includePhotos, ct);
        production.ArchivedAt = DateTime.UtcNow;
        await _db.SaveChangesAsync(ct);
    }
}
