using Claimwell.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace Claimwell.Web.Data;

public sealed class ClaimwellDbContext : DbContext
{
    public ClaimwellDbContext(DbContextOptions<ClaimwellDbContext> options) : base(options)
    {
    }

    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<ClaimCase> Claims => Set<ClaimCase>();
    public DbSet<ClaimNote> ClaimNotes => Set<ClaimNote>();
    public DbSet<ClaimDocument> ClaimDocuments => Set<ClaimDocument>();
    public DbSet<Payout> Payouts => Set<Payout>();
    public DbSet<Broker> Brokers => Set<Broker>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Policy>(e =>
        {
            e.ToTable("Policies");
            e.HasIndex(p => p.PolicyNumber).IsUnique();
            e.Property(p => p.PolicyNumber).HasMaxLength(10);
            e.Property(p => p.ProductCode).HasMaxLength(6);
            e.Property(p => p.Premium).HasPrecision(12, 2);
            e.Property(p => p.CoverageLimit).HasPrecision(14, 2);
            e.Property(p => p.Deductible).HasPrecision(12, 2);
        });

        modelBuilder.Entity<ClaimCase>(e =>
        {
            e.ToTable("Claims");
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Reference).HasMaxLength(16);
            e.Property(c => c.LossType).HasMaxLength(40);
            e.Property(c => c.EstimatedAmount).HasPrecision(14, 2);
            e.HasOne(c => c.Policy).WithMany(p => p.Claims).HasForeignKey(c => c.PolicyId);
            e.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.ClaimId);
            e.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.ClaimId);
        });

        modelBuilder.Entity<ClaimNote>().ToTable("ClaimNotes");
        modelBuilder.Entity<ClaimDocument>().ToTable("ClaimDocuments");

        modelBuilder.Entity<Payout>(e =>
        {
            e.ToTable("Payouts");
            e.Property(p => p.Amount).HasPrecision(14, 2);
            e.Property(p => p.Currency).HasMaxLength(3);
        });

        modelBuilder.Entity<Broker>(e =>
        {
            e.ToTable("Brokers");
            e.HasIndex(b => b.AgencyCode);
            e.HasIndex(b => b.Email).IsUnique();
        });
    }
}
