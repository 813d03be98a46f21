using Microsoft.EntityFrameworkCore;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Data;

public class RampwiseDbContext : DbContext
{
    public RampwiseDbContext(DbContextOptions<RampwiseDbContext> options) : base(options)
    {
    }

    public DbSet<Turnaround> Turnarounds => Set<Turnaround>();
    public DbSet<TurnaroundTask> TurnaroundTasks => Set<TurnaroundTask>();
    public DbSet<CrewMember> CrewMembers => Set<CrewMember>();
    public DbSet<AirlineProfile> Airlines => Set<AirlineProfile>();
    public DbSet<SlaReport> SlaReports => Set<SlaReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Turnaround>(e =>
        {
            e.ToTable("Turnarounds");
            e.HasKey(t => t.Id);
            e.Property(t => t.FlightNumber).HasMaxLength(8).IsRequired();
            e.Property(t => t.Station).HasMaxLength(3).IsFixedLength();
            e.Property(t => t.Stand).HasMaxLength(6);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(t => t.Tasks).WithOne().HasForeignKey(t => t.TurnaroundId);
            e.HasIndex(t => new { t.Station, t.ScheduledOnBlockUtc });
        });

        modelBuilder.Entity<TurnaroundTask>(e =>
        {
            e.ToTable("TurnaroundTasks");
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        });

        modelBuilder.Entity<CrewMember>(e =>
        {
            e.ToTable("CrewMembers");
            e.HasIndex(c => c.BadgeNumber).IsUnique();
            e.Property(c => c.Role).HasConversion<string>();
            e.Ignore(c => c.Qualifications);
        });

        modelBuilder.Entity<AirlineProfile>(e =>
        {
            e.ToTable("Airlines");
            e.HasIndex(a => a.IataCode).IsUnique();
        });

        modelBuilder.Entity<SlaReport>(e =>
        {
            e.ToTable("SlaReports");
            e.Ignore(r => r.OnTimePercent);
        });
    }
}
