using Larderline.Domain;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Data;

public class LarderlineDbContext(DbContextOptions<LarderlineDbContext> options) : DbContext(options)
{
    public DbSet<Donation> Donations => Set<Donation>();
    public DbSet<Parcel> Parcels => Set<Parcel>();
    public DbSet<PackingRule> PackingRules => Set<PackingRule>();
    public DbSet<PackingPlanDraft> PackingPlanDrafts => Set<PackingPlanDraft>();
    public DbSet<PartnerCharity> Partners => Set<PartnerCharity>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<DeliveryRoute> Routes => Set<DeliveryRoute>();
    public DbSet<RouteStop> RouteStops => Set<RouteStop>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Donation>(e =>
        {
            e.ToTable("donations");
            e.Property(d => d.DonorName).HasMaxLength(200).IsRequired();
            e.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(d => d.WeightKg).HasPrecision(9, 2);
            e.HasIndex(d => d.ReceiptFingerprint);
            e.HasIndex(d => d.ReceivedAt);
        });

        modelBuilder.Entity<Parcel>(e =>
        {
            e.ToTable("parcels");
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(p => p.Size).HasConversion<string>().HasMaxLength(32);
            e.Property(p => p.TargetWeightKg).HasPrecision(9, 2);
            e.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId);
        });

        modelBuilder.Entity<PackingRule>().ToTable("packing_rules");
        modelBuilder.Entity<PackingPlanDraft>().ToTable("packing_plan_drafts");

        modelBuilder.Entity<PartnerCharity>(e =>
        {
            e.ToTable("partners");
            e.HasIndex(p => p.CharityNumber).IsUnique();
        });

        modelBuilder.Entity<Volunteer>(e =>
        {
            e.ToTable("volunteers");
            e.HasIndex(v => v.Email).IsUnique();
            e.Property(v => v.Role).HasConversion<string>().HasMaxLength(32);
            e.HasMany(v => v.Shifts).WithOne(s => s.Volunteer).HasForeignKey(s => s.VolunteerId);
        });

        modelBuilder.Entity<Shift>().ToTable("shifts");

        modelBuilder.Entity<DeliveryRoute>(e =>
        {
            e.ToTable("delivery_routes");
            e.HasMany(r => r.Stops).WithOne().HasForeignKey(s => s.RouteId);
        });

        modelBuilder.Entity<RouteStop>().ToTable("route_stops");
    }
}
