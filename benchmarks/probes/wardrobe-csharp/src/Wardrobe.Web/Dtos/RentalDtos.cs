using System.ComponentModel.DataAnnotations;
using Wardrobe.Web.Domain;

namespace Wardrobe.Web.Dtos;

public sealed class CreateRentalRequest
{
    [Range(1, int.MaxValue)]
    public int CostumeId { get; set; }

    [Required]
    [MaxLength(200)]
    public string ProductionTitle { get; set; } = string.Empty;

    public DateTime StartDate { get; set; }
    public DateTime DueDate { get; set; }

    [MaxLength(500)]
    public string? CallbackUrl { get; set; }
}

public sealed record RentalCreated(int Id, string PickupCode, decimal Deposit);

public sealed class InspectionRequest
{
    [Required]
    [MaxLength(2000)]
    public string ConditionNote { get; set; } = string.Empty;

    [Range(1, 5)]
    public int Grade { get; set; } = 3;
}

public sealed record RentalView(
    int Id,
    int CostumeId,
    string ProductionTitle,
    DateTime StartDate,
    DateTime DueDate,
    string Status,
    string? ConditionNote)
{
    public static RentalView From(Rental rental) => new(
        rental.Id,
        rental.CostumeId,
        rental.ProductionTitle,
        rental.StartDate,
        rental.DueDate,
        rental.Status,
        rental.ConditionNote);
}

public sealed record PartnerIdentity(int MemberId, string Name);

public sealed class SavedReportRequest
{
    [Required]
    [MaxLength(120)]
    public string Name { get; set; } = string.Empty;

    [Required]
    public string Status { get; set; } = RentalStatuses.Collected;

    public string? Category { get; set; }

    [Range(0, 365)]
    public int OverdueDays { get; set; } = 7;

    public bool Nightly { get; set; }
}

public sealed record OverdueLine(
    int RentalId,
    string ProductionTitle,
    DateTime DueDate,
    string MemberName,
    string MemberEmail,
    string Sku,
    string CostumeName);
