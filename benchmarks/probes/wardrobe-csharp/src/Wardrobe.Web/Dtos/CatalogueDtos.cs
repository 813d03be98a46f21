using System.ComponentModel.DataAnnotations;
using Wardrobe.Web.Domain;

namespace Wardrobe.Web.Dtos;

public sealed record CostumeSearchCriteria(
    string? Text,
    string? Category,
    string? Size,
    string? Period,
    decimal? MaxDailyRate,
    string? SortBy,
    string? Direction,
    bool AvailableOnly = false);

public sealed class CostumeSearchQuery
{
    public string? Q { get; set; }
    public string? Category { get; set; }
    public string? Size { get; set; }
    public string? Period { get; set; }
    public decimal? MaxRate { get; set; }
    public string? Sort { get; set; }
    public string? Dir { get; set; }

    public CostumeSearchCriteria ToCriteria() => new(Q, Category, Size, Period, MaxRate, Sort, Dir);
}

public sealed record CostumeSummary(
    int Id,
    string Sku,
    string Name,
    string Category,
    string Size,
    string Period,
    decimal DailyRate,
    bool IsAvailable,
    string? PhotoUrl)
{
    public static CostumeSummary From(Costume costume) => new(
        costume.Id,
        costume.Sku,
        costume.Name,
        costume.Category,
        costume.Size,
        costume.Period,
        costume.DailyRate,
        costume.IsAvailable,
        costume.PhotoFileName is null ? null : $"/api/media/photos?file={Uri.EscapeDataString(costume.PhotoFileName)}");
}

public sealed class UpdateDescriptionRequest
{
    [Required]
    [MaxLength(8000)]
    public string DescriptionHtml { get; set; } = string.Empty;
}

public sealed class ThumbnailRequest
{
    [Range(1, int.MaxValue)]
    public int CostumeId { get; set; }

    [Required]
    public string Size { get; set; } = "320x240";

    [Required]
    public string Format { get; set; } = "webp";
}

public sealed class PrintLabelRequest
{
    public int CostumeId { get; set; }
    public string Printer { get; set; } = "wardrobe-zebra";
    public int Copies { get; set; } = 1;
    public string? Note { get; set; }
}

public sealed class PrintBatchRequest
{
    public string Printer { get; set; } = "wardrobe-zebra";
    public List<int> CostumeIds { get; set; } = new();
}

public sealed class PricingPreviewRequest
{
    [Required]
    public string Formula { get; set; } = "DailyRate * Days * Quantity";
    public decimal DailyRate { get; set; }
    public int Days { get; set; } = 1;
    public int Quantity { get; set; } = 1;
    public bool IsMemberCompany { get; set; }
}

public sealed class QuickQuoteRequest
{
    [Required]
    public string Expression { get; set; } = string.Empty;
}

public sealed record FeedPreview(string Source, string? MediaType, int LineCount, IReadOnlyList<string> FirstLines);

public sealed class PriceList
{
    public string Supplier { get; set; } = string.Empty;
    public DateTime EffectiveFrom { get; set; }
    public List<PriceListEntry> Entries { get; set; } = new();
}

public sealed class PriceListEntry
{
    public string Sku { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public decimal TradePrice { get; set; }
}

public sealed record CatalogueItem(string Sku, string Name, string SupplierCode, decimal Price, string? Description);

public sealed class ProductionNotesForm
{
    [MaxLength(20000)]
    public string? DirectorNotes { get; set; }

    [MaxLength(500)]
    public string? ProgrammeUrl { get; set; }
}

public sealed class ArchiveForm
{
    [Required]
    [MaxLength(120)]
    public string ArchiveName { get; set; } = string.Empty;

    public bool IncludePhotos { get; set; } = true;
}

public sealed class ProductionDetailsViewModel
{
    public required Production Production { get; init; }
    public IReadOnlyList<Rental> Rentals { get; init; } = Array.Empty<Rental>();
    public IReadOnlyList<Costume> Costumes { get; init; } = Array.Empty<Costume>();
    public string? StatusMessage { get; init; }
}
