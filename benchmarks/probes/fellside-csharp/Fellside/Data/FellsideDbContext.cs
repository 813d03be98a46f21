using System.Data;
using Fellside.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fellside.Data;

public class FellsideDbContext : DbContext
{
    public FellsideDbContext(DbContextOptions<FellsideDbContext> options) : base(options)
    {
    }

    public DbSet<Hut> Huts => Set<Hut>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Callout> Callouts => Set<Callout>();
    public DbSet<CalloutLogEntry> CalloutLog => Set<CalloutLogEntry>();
    public DbSet<TeamMember> Members => Set<TeamMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Hut>(e =>
        {
            e.ToTable("huts");
            e.HasIndex(h => h.Slug).IsUnique();
            e.Property(h => h.NightlyRate).HasPrecision(8, 2);
        });

        modelBuilder.Entity<Booking>(e =>
        {
            e.ToTable("bookings");
            e.HasIndex(b => b.Reference).IsUnique();
            e.Property(b => b.Total).HasPrecision(10, 2);
            e.HasOne(b => b.Hut).WithMany().HasForeignKey(b => b.HutId);
        });

        modelBuilder.Entity<Callout>(e =>
        {
            e.ToTable("callouts");
            e.HasIndex(c => c.IncidentRef).IsUnique();
            e.HasMany(c => c.Log).WithOne().HasForeignKey(l => l.CalloutId);
        });

        modelBuilder.Entity<CalloutLogEntry>().ToTable("callout_log");
        modelBuilder.Entity<TeamMember>(e =>
        {
            e.ToTable("team_members");
            e.HasIndex(m => m.Callsign).IsUnique();
        });
    }
}

public interface IDbConnectionFactory
{
    Task<IDbConnection> OpenAsync(CancellationToken ct = default);
}

public sealed class NpgsqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    public NpgsqlConnectionFactory(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Fellside")
            ?? throw new InvalidOperationException("Connection string 'Fellside' is not configured.");
    }

    public async Task<IDbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
