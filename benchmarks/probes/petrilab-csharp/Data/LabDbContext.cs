using Microsoft.EntityFrameworkCore;

namespace Petrilab.Data;

public class LabDbContext(DbContextOptions<LabDbContext> options) : DbContext(options)
{
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<ClinicInvite> ClinicInvites => Set<ClinicInvite>();
    public DbSet<Sample> Samples => Set<Sample>();
    public DbSet<TestResult> Results => Set<TestResult>();
    public DbSet<CaseReport> CaseReports => Set<CaseReport>();
    public DbSet<ClinicNote> ClinicNotes => Set<ClinicNote>();
    public DbSet<PanelDefinition> Panels => Set<PanelDefinition>();
    public DbSet<Hl7Message> Hl7Messages => Set<Hl7Message>();
    public DbSet<Announcement> Announcements => Set<Announcement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Clinic>(e =>
        {
            e.ToTable("clinics");
            e.HasIndex(c => c.Code).IsUnique();
            e.Property(c => c.Code).HasMaxLength(16);
        });
        modelBuilder.Entity<ClinicInvite>().ToTable("clinic_invites");
        modelBuilder.Entity<Sample>(e =>
        {
            e.ToTable("samples");
            e.HasIndex(s => s.Accession).IsUnique();
        });
        modelBuilder.Entity<TestResult>().ToTable("test_results");
        modelBuilder.Entity<CaseReport>().ToTable("case_reports");
        modelBuilder.Entity<ClinicNote>().ToTable("clinic_notes");
        modelBuilder.Entity<PanelDefinition>(e =>
        {
            e.ToTable("panels");
            e.HasKey(p => p.Code);
        });
        modelBuilder.Entity<Hl7Message>().ToTable("hl7_messages");
        modelBuilder.Entity<Announcement>().ToTable("announcements");
    }
}

public class Clinic
{
    public int Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string? Website { get; set; }
    public string? WebhookUrl { get; set; }
    public string ContactEmail { get; set; } = string.Empty;
    public string PortalPasswordHash { get; set; } = string.Empty;
    public string? LegacyPasswordDigest { get; set; }
    public string? LetterheadTemplate { get; set; }
    public int LetterheadVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public class ClinicInvite
{
    public int Id { get; set; }
    public int ClinicId { get; set; }
    public string Email { get; set; } = string.Empty;
    public string TokenHash { get; set; } = string.Empty;
    public DateTimeOffset ExpiresAt { get; set; }
}

public class Sample
{
    public int Id { get; set; }
    public string Accession { get; set; } = string.Empty;
    public int ClinicId { get; set; }
    public string Species { get; set; } = string.Empty;
    public string PatientName { get; set; } = string.Empty;
    public string OwnerSurname { get; set; } = string.Empty;
    public string PanelCode { get; set; } = string.Empty;
    public string Status { get; set; } = "Registered";
    public string? ReceivedBy { get; set; }
    public DateTimeOffset CollectedAt { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
}

public class TestResult
{
    public int Id { get; set; }
    public int SampleId { get; set; }
    public string AnalyteCode { get; set; } = string.Empty;
    public double? Value { get; set; }
    public string? Unit { get; set; }
    public string? Flag { get; set; }
}

public class CaseReport
{
    public int Id { get; set; }
    public int SampleId { get; set; }
    public string Pathologist { get; set; } = string.Empty;
    public string? PathologistComment { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
}

public class ClinicNote
{
    public int Id { get; set; }
    public int SampleId { get; set; }
    public int ClinicId { get; set; }
    public string Author { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
}

public class PanelDefinition
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public List<string> Analytes { get; set; } = new();
    public string? ReferenceExpression { get; set; }
    public double RangeTolerance { get; set; } = 0.15;
    public decimal Price { get; set; }
}

public class Hl7Message
{
    public int Id { get; set; }
    public string MessageId { get; set; } = string.Empty;
    public string Accession { get; set; } = string.Empty;
    public string RawXml { get; set; } = string.Empty;
    public DateTimeOffset ReceivedAt { get; set; }
}

public class Announcement
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset PublishedAt { get; set; }
}

// Read models used by Dapper queries.
public class Invoice
{
    public int Id { get; set; }
    public int ClinicId { get; set; }
    public string Number { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public decimal Total { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime DueAt { get; set; }
}

public class InvoiceLine
{
    public int InvoiceId { get; set; }
    public string Description { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}

public class InvoiceAgingRow
{
    public int ClinicId { get; set; }
    public decimal Amount { get; set; }
}

public class CaseSearchRow
{
    public int SampleId { get; set; }
    public string Accession { get; set; } = string.Empty;
    public string Species { get; set; } = string.Empty;
    public string? Pathologist { get; set; }
    public string? Summary { get; set; }
    public DateTime? SignedAt { get; set; }
}
