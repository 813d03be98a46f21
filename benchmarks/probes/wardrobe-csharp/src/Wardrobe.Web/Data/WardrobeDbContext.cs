using Microsoft.EntityFrameworkCore;
using Wardrobe.Web.Domain;

namespace Wardrobe.Web.Data;

public sealed class WardrobeDbContext : DbContext
{
    public WardrobeDbContext(DbContextOptions<WardrobeDbContext> options)
        : base(options)
    {
    }

    public DbSet<Costume> Costumes => Set<Costume>();
    public DbSet<Production> Productions => Set<Production>();
    public DbSet<Rental> Rentals => Set<Rental>();
    public DbSet<Fitting> Fittings => Set<Fitting>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<SavedReport> SavedReports => Set<SavedReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Costume>(entity =>
        {
            entity.ToTable("costumes");
            entity.HasIndex(c => c.Sku).IsUnique();
            entity.Property(c => c.DailyRate).HasPrecision(10, 2);
            entity.Property(c => c.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<Production>(entity =>
        {
            entity.ToTable("productions");
            entity.HasIndex(p => p.Slug).IsUnique();
            entity.Property(p => p.Title).HasMaxLength(200);
        });

        modelBuilder.Entity<Rental>(entity =>
        {
            entity.ToTable("rentals");
            entity.HasIndex(r => new { r.MemberId, r.Status });
            entity.HasIndex(r => r.ProductionTitle);
            entity.Property(r => r.DepositAmount).HasPrecision(10, 2);
            entity.Property(r => r.Status).HasMaxLength(20);
        });

        modelBuilder.Entity<Fitting>(entity =>
        {
            entity.ToTable("fittings");
            entity.HasIndex(f => new { f.ProductionId, f.ScheduledFor });
        });

        modelBuilder.Entity<Member>(entity =>
        {
            entity.ToTable("members");
            entity.HasIndex(m => m.Login).IsUnique();
            entity.HasIndex(m => m.Email).IsUnique();
        });

        modelBuilder.Entity<SavedReport>().ToTable("saved_reports");
    }
}
