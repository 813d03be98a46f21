using LinqToDB.Mapping;

namespace Cantabile.Domain;

[Table("choirs")]
public class Choir
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("name"), NotNull] public string Name { get; set; } = string.Empty;
    [Column("director_name")] public string DirectorName { get; set; } = string.Empty;
    [Column("director_email")] public string DirectorEmail { get; set; } = string.Empty;
    [Column("home_town")] public string HomeTown { get; set; } = string.Empty;
    [Column("website")] public string? Website { get; set; }
    [Column("motto")] public string? Motto { get; set; }
    [Column("locale")] public string Locale { get; set; } = "en";
    [Column("callback_url")] public string? CallbackUrl { get; set; }
    [Column("accompanist_service_url")] public string? AccompanistServiceUrl { get; set; }
    [Column("greeting_template")] public string? GreetingTemplate { get; set; }
    [Column("created_at")] public DateTime CreatedAt { get; set; }
}

[Table("registrations")]
public class Registration
{
    [PrimaryKey, Identity, Column("id")] public int Id { get; set; }
    [Column("choir_id")] public int ChoirId { get; set; }
    [Column("festival_year")] public int FestivalYear { get; set; }
    [Column("category")] public string Category { get; set; } = string.Empty;
    [Column("singer_count")] public int SingerCount { get; set; }
    [Column("conductor")] public string Conductor { get; set; } = string.Empty;
    [Column("status")] public string Status { get; set; } = RegistrationStatus.Pending;
    [Column("recording_file")] public string? RecordingFile { get; set; }
    [Column("submitted_at")] public DateTime SubmittedAt { get; set; }
}

public static class RegistrationStatus
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Waitlisted = "waitlisted";
    public const string Withdrawn = "withdrawn";
}

public sealed class RegistrationRow
{
    public int Id { get; set; }
    public int ChoirId { get; set; }
    public string ChoirName { get; set; } = string.Empty;
    public string HomeTown { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public int SingerCount { get; set; }
    public string Status { get; set; } = string.Empty;
    public DateTime SubmittedAt { get; set; }
}

public sealed record RecordingSubmitted(int RegistrationId, int ChoirId, string SourceUrl, string OriginalName);

public sealed record RegistrationConfirmed(int RegistrationId, int ChoirId);

public sealed record TranscodeRequest(int RegistrationId, string InputPath, string Title);

public sealed record LoanOverdueNotice(int LoanId, int ChoirId, string TitleName, string MemberEmail, DateTime DueAt);
