using Meterline.Models;
using Microsoft.EntityFrameworkCore;

namespace Meterline.Data;

public sealed class MeterlineDbContext(DbContextOptions<MeterlineDbContext> options) : DbContext(options)
{
    public DbSet<MeterReading> Readings => Set<MeterReading>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MeterReading>(entity =>
        {
            entity.ToTable("meter_readings");
            entity.Property(r => r.Value).HasPrecision(14, 3);
            entity.HasIndex(r => new { r.MeterSerial, r.ReadOn });
        });
    }
}
