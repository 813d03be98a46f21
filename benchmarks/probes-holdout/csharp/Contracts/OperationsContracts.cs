using System.ComponentModel.DataAnnotations;
using Larderline.Domain;

namespace Larderline.Contracts;

public sealed class PrintLabelForm
{
    [Required]
    public int ParcelId { get; set; }

    [Required, StringLength(64)]
    public string Printer { get; set; } = string.Empty;

    [Range(1, 10)]
    public int Copies { get; set; } = 1;

    public bool Batch { get; set; }
}

public sealed record PackParcelResult(int ParcelId, ParcelStatus Status, IReadOnlyList<string> ItemsAdded, string? CollectionCode);

public sealed record PackingRuleRequest(string Name, string Expression, string AddItem, int Priority);

public sealed record HouseholdFacts(int HouseholdSize, string DietaryFlags, string Size, int Adults, int Children);

public sealed record WeightInputs(decimal BaseKg, int HouseholdSize);

public sealed class PackingPlan
{
    public int PartnerId { get; set; }
    public string Week { get; set; } = string.Empty;
    public List<PackingPlanLine> Lines { get; set; } = new();
    public Dictionary<string, object?> Metadata { get; set; } = new();
}

public sealed class PackingPlanLine
{
    public string Item { get; set; } = string.Empty;
    public int PerParcel { get; set; }
    public ParcelSize AppliesTo { get; set; }
}

public sealed record RouteSolveRequest(string Depot, string Profile, int Vehicles);

public sealed record DepotSolveRequest(string DepotCode, int Vehicles);

public sealed record StopDeliveredRequest(DateTimeOffset DeliveredAt, string? Note);

public sealed record DriverContext(int DriverId, int RouteId, string Name);

public sealed record GeocodeResult(string Postcode, double Latitude, double Longitude);

public sealed record RouteManifestViewModel(DeliveryRoute Route, IReadOnlyList<RouteStop> Stops, string? DriverName);

public sealed record ParcelDispatchedEvent(int ParcelId, string HouseholdRef, int? RouteId, DateTimeOffset DispatchedAt);
