using System.ComponentModel.DataAnnotations;
using Larderline.Domain;

namespace Larderline.Contracts;

public sealed record DonationSearchFilter(string? Donor, DonationCategory? Category, DateOnly? Since);

public sealed class DonationIntakeForm
{
    [Required, StringLength(200)]
    public string DonorName { get; set; } = string.Empty;

    [EmailAddress]
    public string? DonorEmail { get; set; }

    public string? StoreCode { get; set; }

    [Required]
    public DonationCategory Category { get; set; }

    [Range(1, 10_000)]
    public int Quantity { get; set; } = 1;

    [Range(0.01, 5_000)]
    public decimal WeightKg { get; set; }

    public DateOnly? BestBefore { get; set; }

    [StringLength(4000)]
    public string? Notes { get; set; }

    public IFormFile? ReceiptScan { get; set; }
}

public sealed record DonationListItem(int Id, string DonorName, DonationCategory Category, int Quantity, decimal WeightKg, DateTimeOffset ReceivedAt, DonationStatus Status);

public sealed record DonationIndexViewModel(DonationSearchFilter Filter, IReadOnlyList<DonationListItem> Results, DonationIntakeForm NewDonation);

public sealed record DonationDetailsViewModel(
    int Id,
    string DonorName,
    string? DonorEmail,
    string? StoreName,
    DonationCategory Category,
    int Quantity,
    decimal WeightKg,
    DateOnly? BestBefore,
    DateTimeOffset ReceivedAt,
    string? ReceiptFile,
    string? Notes,
    DonationStatus Status);

public sealed record QuickIntakeRequest(string DonorName, DonationCategory Category, int Quantity, decimal WeightKg, string? StoreCode);

public sealed record FeedLine(string Sku, string Description, int Quantity, decimal WeightKg, DateOnly? BestBefore);

public sealed record FeedImportResult(string StoreCode, int LinesRead, int DonationsCreated);

public sealed record RemoteFeedPullRequest(string StoreCode, string FeedUrl);

public sealed record StoreInfo(string Code, string Name, string Chain, string Region, string? FeedKey);

public sealed record ScannerSyncResult(string DeviceId, int Accepted, int Rejected);
