using Microsoft.EntityFrameworkCore;

namespace Returnly.Data;

public sealed class ReturnlyDbContext(DbContextOptions<ReturnlyDbContext> options) : DbContext(options)
{
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();
    public DbSet<KioskAccount> KioskAccounts => Set<KioskAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Refund>(e =>
        {
            e.ToTable("Refunds");
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.HasIndex(x => x.RmaNumber);
        });
        modelBuilder.Entity<PortalUser>().ToTable("PortalUsers").HasIndex(x => x.Email).IsUnique();
        modelBuilder.Entity<KioskAccount>().ToTable("KioskAccounts").HasIndex(x => x.BadgeId).IsUnique();
    }
}
