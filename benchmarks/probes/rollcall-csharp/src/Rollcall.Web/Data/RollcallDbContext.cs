using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Models;

namespace Rollcall.Web.Data;

public sealed class RollcallDbContext : DbContext
{
    public RollcallDbContext(DbContextOptions<RollcallDbContext> options)
        : base(options)
    {
    }

    public DbSet<Student> Students => Set<Student>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Grade> Grades => Set<Grade>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<GuardianMessage> GuardianMessages => Set<GuardianMessage>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Student>(entity =>
        {
            entity.ToTable("students");
            entity.HasIndex(s => s.StudentNumber).IsUnique();
            entity.Property(s => s.StudentNumber).HasMaxLength(16);
            entity.Property(s => s.FirstName).HasMaxLength(80);
            entity.Property(s => s.LastName).HasMaxLength(80);
        });

        modelBuilder.Entity<SchoolClass>(entity =>
        {
            entity.ToTable("classes");
            entity.HasIndex(c => new { c.SchoolId, c.Code, c.Term }).IsUnique();
        });

        modelBuilder.Entity<Grade>(entity =>
        {
            entity.ToTable("grades");
            entity.HasIndex(g => new { g.StudentId, g.ClassId, g.Term });
            entity.Property(g => g.Score).HasPrecision(6, 2);
            entity.Property(g => g.MaxScore).HasPrecision(6, 2);
        });

        modelBuilder.Entity<Enrolment>(entity =>
        {
            entity.ToTable("enrolments");
            entity.Property(e => e.Status).HasConversion<string>();
            entity.Property(e => e.FormJson).HasColumnType("jsonb");
            entity.Property(e => e.TranscriptJson).HasColumnType("jsonb");
        });

        modelBuilder.Entity<MessageThread>().ToTable("message_threads");
        modelBuilder.Entity<GuardianMessage>(entity =>
        {
            entity.ToTable("guardian_messages");
            entity.HasIndex(m => m.ThreadId);
        });

        modelBuilder.Entity<StaffAccount>(entity =>
        {
            entity.ToTable("staff_accounts");
            entity.HasIndex(a => a.Username).IsUnique();
            entity.HasIndex(a => a.Email).IsUnique();
        });
    }
}
