namespace Larderline.Domain;

public enum ParcelStatus
{
    Requested,
    Packing,
    Packed,
    Dispatched,
    Delivered,
    Collected,
    Cancelled
}

public enum ParcelSize
{
    Single,
    Couple,
    Family,
    LargeFamily
}

public class Parcel
{
    public int Id { get; set; }
    public string HouseholdRef { get; set; } = string.Empty;
    public int PartnerId { get; set; }
    public PartnerCharity? Partner { get; set; }
    public ParcelSize Size { get; set; }
    public int HouseholdSize { get; set; }
    public string? DietaryFlags { get; set; }
    public ParcelStatus Status { get; set; } = ParcelStatus.Requested;
    public string? PackedBy { get; set; }
    public DateTimeOffset? PackedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int? RouteId { get; set; }
    public string? CollectionCode { get; set; }
    public decimal TargetWeightKg { get; set; }
}

public class PackingRule
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Expression { get; set; } = "true";
    public string AddItem { get; set; } = string.Empty;
    public int Priority { get; set; }
    public bool Active { get; set; } = true;
}

public class PackingPlanDraft
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public string Payload { get; set; } = "{}";
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public string Status { get; set; } = "Pending";
}

public class DeliveryRoute
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Depot { get; set; } = string.Empty;
    public int? DriverId { get; set; }
    public DateOnly Date { get; set; }
    public string Status { get; set; } = "Draft";
    public string? SolverOutputPath { get; set; }
    public List<RouteStop> Stops { get; set; } = new();
}

public class RouteStop
{
    public int Id { get; set; }
    public int RouteId { get; set; }
    public int Sequence { get; set; }
    public int? ParcelId { get; set; }
    public string Address { get; set; } = string.Empty;
    public string Postcode { get; set; } = string.Empty;
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? AccessNotes { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? DeliveredByDriver { get; set; }
}

public enum DonationCategory
{
    Tinned,
    Dry,
    Fresh,
    Chilled,
    Frozen,
    Toiletries,
    BabySupplies,
    PetFood,
    Other
}

public enum DonationStatus
{
    Received,
    Sorted,
    Shelved,
    Allocated,
    Discarded
}

public class Donation
{
    public int Id { get; set; }
    public string DonorName { get; set; } = string.Empty;
    public string? DonorEmail { get; set; }
    public string? StoreCode { get; set; }
    public DonationCategory Category { get; set; }
    public int Quantity { get; set; }
    public decimal WeightKg { get; set; }
    public DateOnly? BestBefore { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? ReceiptFile { get; set; }
    public string? ReceiptFingerprint { get; set; }
    public string? Notes { get; set; }
    public DonationStatus Status { get; set; } = DonationStatus.Received;
    public string? RecordedBy { get; set; }
}

[Serializable]
public class ScanBatch
{
    public string DeviceId { get; set; } = string.Empty;
    public DateTime CapturedAt { get; set; }
    public List<ScanLine> Lines { get; set; } = new();
}

[Serializable]
public class ScanLine
{
    public string Barcode { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public string? Shelf { get; set; }
}
