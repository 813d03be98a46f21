namespace Innkeep.Models;

public record BookingForm(string FirstName, string LastName, string Email, string RoomType, DateOnly Arrival,
    DateOnly Departure, int Adults, int Children, string? SpecialRequests);

public class BulkStatusRequest
{
    public List<string> ConfirmationCodes { get; set; } = new();
    public string FromStatus { get; set; } = string.Empty;
    public string ToStatus { get; set; } = string.Empty;
}

public record LoginForm(string UserName, string Password);

public record ChangePasswordForm(string CurrentPassword, string NewPassword);

public record GiftCardForm(string RecipientName, decimal Amount, string Message);

public record GiftCardModel(string RecipientName, decimal Amount, string PropertyName);

public record WelcomeLetterModel(string GuestName, DateOnly Arrival, string PropertyName);

public enum LetterKind { Welcome, PreArrival, PostStay }

public enum FolioFormat { Pdf, Docx, Csv }

public record PricingPreviewRequest(decimal BaseRate, int Nights, DayOfWeek ArrivalDay, string Expression);

public record KioskCheckInRequest(string ConfirmationCode, string LastName);

public class FeedSubscription
{
    public string ChannelName { get; set; } = string.Empty;
    public string FeedUrl { get; set; } = string.Empty;
    public string? ApiKeyHeader { get; set; }
    public int PollMinutes { get; set; } = 15;
}

public record AvailabilitySnapshot(string Channel, DateTime RetrievedAtUtc, int RoomTypes, string RawPayload);

public record RatePush(string PropertyCode, string RoomType, DateOnly Date, decimal Rate, string Currency);

public record RateLine(string RoomCode, DateOnly Date, decimal Amount, string Currency);

public record RatePlanSummary(string Code, string Name, bool Refundable, int MinStay);

public record BookingImport(string ExternalReference, string Channel, string GuestLastName, DateOnly Arrival, DateOnly Departure, string RoomType);
