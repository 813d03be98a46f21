using Microsoft.EntityFrameworkCore;
using Permitly.Web.Models;

namespace Permitly.Web.Data;

public sealed class PermitlyDbContext(DbContextOptions<PermitlyDbContext> options) : DbContext(options)
{
    public DbSet<Permit> Permits => Set<Permit>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Permit>(e =>
        {
            e.ToTable("permits");
            e.HasIndex(p => p.Number).IsUnique();
            e.Property(p => p.Type).HasConversion<string>();
            e.Property(p => p.Status).HasMaxLength(32);
            e.Property(p => p.EstimatedValuation).HasPrecision(14, 2);
            e.Property(p => p.SquareFeet).HasPrecision(10, 2);
        });
    }
}
