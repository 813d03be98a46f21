using Microsoft.EntityFrameworkCore;
using Quayside.Api.Domain;

namespace Quayside.Api.Data;

public sealed class ReportDefinition
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string RouteFilter { get; set; } = string.Empty;
    public string Cron { get; set; } = "0 6 * * 1";
    public string Recipient { get; set; } = string.Empty;
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset? LastRunAt { get; set; }
}

public sealed class RevenueRow
{
    public string RouteCode { get; set; } = string.Empty;
    public int Sailings { get; set; }
    public int Passengers { get; set; }
    public decimal Revenue { get; set; }
}

public sealed class QuaysideDbContext : DbContext
{
    public QuaysideDbContext(DbContextOptions<QuaysideDbContext> options) : base(options)
    {
    }

    public DbSet<FareRule> FareRules => Set<FareRule>();

    public DbSet<ReportDefinition> ReportDefinitions => Set<ReportDefinition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FareRule>(e =>
        {
            e.ToTable("fare_rule");
            e.HasKey(r => r.Id);
            e.Property(r => r.Name).HasColumnName("name").HasMaxLength(80);
            e.Property(r => r.RouteCode).HasColumnName("route_code").HasMaxLength(7);
            e.Property(r => r.Expression).HasColumnName("expression");
            e.Property(r => r.Active).HasColumnName("active");
            e.Property(r => r.UpdatedBy).HasColumnName("updated_by");
        });

        modelBuilder.Entity<ReportDefinition>(e =>
        {
            e.ToTable("report_definition");
            e.HasKey(r => r.Id);
            e.Property(r => r.Name).HasColumnName("name").HasMaxLength(120);
            e.Property(r => r.RouteFilter).HasColumnName("route_filter");
            e.Property(r => r.Cron).HasColumnName("cron");
            e.Property(r => r.Recipient).HasColumnName("recipient");
            e.Property(r => r.CreatedBy).HasColumnName("created_by");
            e.Property(r => r.LastRunAt).HasColumnName("last_run_at");
        });
    }
}
