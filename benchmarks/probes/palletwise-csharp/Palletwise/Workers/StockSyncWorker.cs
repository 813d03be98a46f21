using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Data;
using Palletwise.Models;

namespace Palletwise.Workers;

public class StockSyncWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IHttpClientFactory _httpFactory;
    private readonly PalletwiseOptions _options;
    private readonly ILogger<StockSyncWorker> _logger;

    public StockSyncWorker(IServiceScopeFactory scopes, IHttpClientFactory httpFactory, IOptions<PalletwiseOptions> options, ILogger<StockSyncWorker> logger)
    {
        _scopes = scopes;
        _httpFactory = httpFactory;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(30, _options.SyncIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SyncStockLevelsAsync(stoppingToken);
                await RunSavedReportsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Stock sync cycle failed");
            }

            await Task.Delay(interval, stoppingToken);
        }
    }

    private async Task SyncStockLevelsAsync(CancellationToken ct)
    {
        var client = _httpFactory.CreateClient("erp");
        var levels = await client.GetFromJsonAsync<StockLevel[]>("stock-levels", ct) ?? Array.Empty<StockLevel>();

        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalletwiseDbContext>();
        var bySku = levels.ToDictionary(l => l.Sku, l => l.Quantity, StringComparer.Ordinal);
        var items = await db.InventoryItems.Where(i => bySku.Keys.Contains(i.Sku)).ToListAsync(ct);
        foreach (var item in items)
        {
            item.QuantityOnHand = bySku[item.Sku];
            item.UpdatedAt = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(ct);
        _logger.LogInformation("Synced {Count} stock levels from ERP", items.Count);
    }

    private async Task RunSavedReportsAsync(CancellationToken ct)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalletwiseDbContext>();
        var due = await db.SavedReports
            .Where(r => r.LastRunAt == null || r.LastRunAt < DateTime.UtcNow.AddHours(-1))
            .ToListAsync(ct);

        foreach (var report in due)
        {
            var rows = await db.Database.SqlQueryRaw<ReportRow>($"SELECT {report.GroupBy}::text AS \"Key\", SUM(quantity_on_hand) AS \"Total\" FROM inventory_items GROUP BY {report.GroupBy}").ToListAsync(ct); // SAFE sqli
            report.LastRunAt = DateTime.UtcNow;
            _logger.LogInformation("Saved report {Name} produced {Rows} rows", report.Name, rows.Count);
        }

        await db.SaveChangesAsync(ct);
    }
}
