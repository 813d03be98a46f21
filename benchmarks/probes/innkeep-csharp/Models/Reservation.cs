namespace Innkeep.Models;

public class Reservation
{
    public int Id { get; set; }
    public string ConfirmationCode { get; set; } = string.Empty;
    public int GuestId { get; set; }
    public string GuestFirstName { get; set; } = string.Empty;
    public string GuestLastName { get; set; } = string.Empty;
    public string? RoomNumber { get; set; }
    public string RoomType { get; set; } = "STD";
    public DateOnly ArrivalDate { get; set; }
    public DateOnly DepartureDate { get; set; }
    public int Adults { get; set; } = 1;
    public int Children { get; set; }
    public decimal NightlyRate { get; set; }
    public string Status { get; set; } = ReservationStatuses.Booked;
    public string? SpecialRequests { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }

    public int Nights => DepartureDate.DayNumber - ArrivalDate.DayNumber;
}

public static class ReservationStatuses
{
    public const string Booked = "Booked";
    public const string CheckedIn = "CheckedIn";
    public const string CheckedOut = "CheckedOut";
    public const string NoShow = "NoShow";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>(StringComparer.Ordinal) { Booked, CheckedIn, CheckedOut, NoShow, Cancelled };
}

public class ReservationDetailsViewModel
{
    public int Id { get; init; }
    public string GuestName { get; init; } = string.Empty;
    public string ConfirmationCode { get; init; } = string.Empty;
    public DateOnly Arrival { get; init; }
    public DateOnly Departure { get; init; }
    public string RoomType { get; init; } = string.Empty;
    public string? RoomNumber { get; init; }
    public string Status { get; init; } = string.Empty;
    public decimal Total { get; init; }
    public string? SpecialRequests { get; init; }
    public string CancellationPolicyHtml { get; init; } = string.Empty;
}

[Serializable]
public class CartState
{
    public string RoomType { get; set; } = "STD";
    public DateOnly Arrival { get; set; }
    public DateOnly Departure { get; set; }
    public List<string> AddOns { get; set; } = new();
    public string? PromoCode { get; set; }
}
