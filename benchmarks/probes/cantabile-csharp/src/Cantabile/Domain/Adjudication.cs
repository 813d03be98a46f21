using LinqToDB.Mapping;

namespace Cantabile.Domain;

[Table("adjudicators")]
public class Adjudicator
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("display_name")] public string DisplayName { get; set; } = string.Empty;
    [Column("email")] public string Email { get; set; } = string.Empty;
    [Column("password_hash")] public string PasswordHash { get; set; } = string.Empty;
    [Column("password_scheme")] public string PasswordScheme { get; set; } = "pbkdf2";
    [Column("panel")] public string Panel { get; set; } = string.Empty;
}

[Table("score_sheets")]
public class ScoreSheet
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("registration_id")] public int RegistrationId { get; set; }
    [Column("adjudicator_id")] public int AdjudicatorId { get; set; }
    [Column("round")] public string Round { get; set; } = "preliminary";
    [Column("intonation")] public decimal Intonation { get; set; }
    [Column("blend")] public decimal Blend { get; set; }
    [Column("diction")] public decimal Diction { get; set; }
    [Column("interpretation")] public decimal Interpretation { get; set; }
    [Column("repertoire")] public decimal Repertoire { get; set; }
    [Column("citation")] public string? Citation { get; set; }
    [Column("submitted_at")] public DateTime SubmittedAt { get; set; }
}

[Table("categories")]
public class Category
{
    [PrimaryKey, Column("code")] public string Code { get; set; } = string.Empty;
    [Column("title")] public string Title { get; set; } = string.Empty;
    [Column("tiebreak_formula")] public string? TiebreakFormula { get; set; }
    [Column("max_singers")] public int MaxSingers { get; set; }
}

public sealed class RankedEntry
{
    public int RegistrationId { get; set; }
    public string ChoirName { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public string? Website { get; set; }
    public decimal Total { get; set; }
    public double Tiebreak { get; set; }
    public int Place { get; set; }
}
