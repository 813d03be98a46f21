using LinqToDB.Mapping;

namespace Cantabile.Domain;

/// <summary>Catalogue entry stored as a Marten document.</summary>
public class SheetMusicTitle
{
    public Guid Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Composer { get; set; } = string.Empty;
    public string? Arranger { get; set; }
    public string Voicing { get; set; } = "SATB";
    public string Language { get; set; } = "Latin";
    public string Publisher { get; set; } = string.Empty;
    public int CopiesOwned { get; set; }
    public int CopiesAvailable { get; set; }
    public List<string> Parts { get; set; } = new();
    public List<string> Tags { get; set; } = new();
    public string? Notes { get; set; }
}

[Table("library_members")]
public class LibraryMember
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("choir_id")] public int ChoirId { get; set; }
    [Column("full_name")] public string FullName { get; set; } = string.Empty;
    [Column("email")] public string Email { get; set; } = string.Empty;
    [Column("card_number")] public string CardNumber { get; set; } = string.Empty;
    [Column("reset_token")] public string? ResetToken { get; set; }
    [Column("reset_expires")] public DateTime? ResetExpires { get; set; }
}

[Table("loans")]
public class Loan
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("title_id")] public Guid TitleId { get; set; }
    [Column("member_id")] public int MemberId { get; set; }
    [Column("choir_id")] public int ChoirId { get; set; }
    [Column("copies")] public int Copies { get; set; }
    [Column("pickup_code")] public string PickupCode { get; set; } = string.Empty;
    [Column("borrowed_at")] public DateTime BorrowedAt { get; set; }
    [Column("due_at")] public DateTime DueAt { get; set; }
    [Column("returned_at")] public DateTime? ReturnedAt { get; set; }
}

public sealed class OverdueLoan
{
    public int LoanId { get; set; }
    public string TitleName { get; set; } = string.Empty;
    public string MemberName { get; set; } = string.Empty;
    public string MemberEmail { get; set; } = string.Empty;
    public int ChoirId { get; set; }
    public string? CallbackUrl { get; set; }
    public DateTime DueAt { get; set; }
}
