using System.Data;
using Enrolla.Core.Models;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enrolla.Data;

public sealed class EnrollaDbContext(DbContextOptions<EnrollaDbContext> options) : DbContext(options)
{
    public DbSet<Applicant> Applicants => Set<Applicant>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<GuardianAccount> Guardians => Set<GuardianAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Applicant>().ToTable("applicants").HasIndex(a => new { a.LastName, a.Postcode });
        modelBuilder.Entity<School>().ToTable("schools").Property(s => s.Phase).HasConversion<string>();
        modelBuilder.Entity<Offer>().ToTable("offers").Property(o => o.Status).HasConversion<string>();
        modelBuilder.Entity<GuardianAccount>().ToTable("guardian_accounts");
    }
}

public interface IDbConnectionFactory
{
    IDbConnection Open();
}

public sealed class NpgsqlConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public IDbConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
