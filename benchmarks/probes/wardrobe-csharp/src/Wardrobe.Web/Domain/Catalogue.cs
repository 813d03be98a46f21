namespace Wardrobe.Web.Domain;

public sealed class Costume
{
    public int Id { get; set; }
    public string Sku { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public string Size { get; set; } = string.Empty;
    public string Period { get; set; } = string.Empty;
    public string? DescriptionHtml { get; set; }
    public decimal DailyRate { get; set; }
    public string Condition { get; set; } = "Good";
    public string? PhotoFileName { get; set; }
    public bool IsAvailable { get; set; } = true;
    public string? SupplierCode { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class Production
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Slug { get; set; } = string.Empty;
    public string Venue { get; set; } = string.Empty;
    public DateTime OpeningNight { get; set; }
    public DateTime? ClosingNight { get; set; }
    public string? DirectorNotes { get; set; }
    public string? ProgrammeUrl { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public string? ArchivePath { get; set; }
}
