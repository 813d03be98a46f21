using Microsoft.EntityFrameworkCore;
using Palletwise.Models;

namespace Palletwise.Data;

public class PalletwiseDbContext : DbContext
{
    public PalletwiseDbContext(DbContextOptions<PalletwiseDbContext> options) : base(options)
    {
    }

    public DbSet<InventoryItem> InventoryItems => Set<InventoryItem>();
    public DbSet<BinLocation> BinLocations => Set<BinLocation>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<SavedReport> SavedReports => Set<SavedReport>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InventoryItem>(e =>
        {
            e.ToTable("inventory_items");
            e.HasIndex(x => x.Sku).IsUnique();
            e.Property(x => x.Sku).HasMaxLength(32);
            e.Ignore(x => x.Available);
        });
        modelBuilder.Entity<BinLocation>().ToTable("bin_locations");
        modelBuilder.Entity<Shipment>().ToTable("shipments");
        modelBuilder.Entity<Receipt>().ToTable("receipts");
        modelBuilder.Entity<SavedReport>().ToTable("saved_reports");
        modelBuilder.Entity<StaffAccount>(e =>
        {
            e.ToTable("staff_accounts");
            e.HasIndex(x => x.UserName).IsUnique();
        });
        modelBuilder.Entity<ReportRow>().HasNoKey();
    }
}
