using System.Data;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Palletwise.Models;

namespace Palletwise.Data;

public class InventoryRepository
{
    private const int PageSize = 50;

    private readonly PalletwiseDbContext _db;
    private readonly IConfiguration _configuration;

    public InventoryRepository(PalletwiseDbContext db, IConfiguration configuration)
    {
        _db = db;
        _configuration = configuration;
    }

    public Task<List<InventoryItem>> SearchBySkuPrefixAsync(string skuPrefix, int page)
    {
        var offset = Math.Max(0, page - 1) * PageSize;
        var query = _db.InventoryItems.FromSqlRaw($"SELECT * FROM inventory_items WHERE sku LIKE '{skuPrefix}%' ORDER BY sku LIMIT {PageSize} OFFSET {offset}"); // VULN sqli
        return query.AsNoTracking().ToListAsync();
    }

    public Task<InventoryItem?> FindBySkuAsync(string sku)
    {
        var query = _db.InventoryItems.FromSql($"SELECT * FROM inventory_items WHERE sku = {sku}"); // SAFE sqli
        return query.AsNoTracking().FirstOrDefaultAsync();
    }

    public IReadOnlyList<BinLocation> BinsInZone(string zone)
    {
        using var connection = OpenConnection();
        var sql = "SELECT id, code, zone, capacity, occupied FROM bin_locations WHERE zone = '" + zone + "' ORDER BY code";
        return connection.Query<BinLocation>(sql).ToList(); // VULN sqli
    }

    public Task<int> SaveReceiptNoteAsync(int receiptId, string note)
    {
        return _db.Database.ExecuteSqlRawAsync("UPDATE receipts SET note = {0}, updated_at = now() WHERE id = {1}", note, receiptId); // SAFE sqli
    }

    private IDbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(_configuration.GetConnectionString("Inventory"));
        connection.Open();
        return connection;
    }
}
