using NServiceBus;
using Wardrobe.Web.Data;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Messaging;

public sealed class ReturnInspectionRequested : ICommand
{
    public int RentalId { get; set; }
    public string ConditionNote { get; set; } = string.Empty;
    public int Grade { get; set; }
    public string Inspector { get; set; } = string.Empty;
    public DateTime RequestedAt { get; set; }
}

/// <summary>
/// Records the wardrobe team's inspection of a returned costume, tells the hiring company
/// (if they registered a callback) and books a courier to the repair workshop when needed.
/// </summary>
public sealed class ReturnInspectionHandler : IHandleMessages<ReturnInspectionRequested>
{
    private const int RepairThreshold = 2;
    private const int MaxNoteLength = 2000;

    private readonly RentalRepository _rentals;
    private readonly CourierClient _courier;
    private readonly ILogger<ReturnInspectionHandler> _logger;

    public ReturnInspectionHandler(RentalRepository rentals, CourierClient courier, ILogger<ReturnInspectionHandler> logger)
    {
        _rentals = rentals;
        _courier = courier;
        _logger = logger;
    }

    public async Task Handle(ReturnInspectionRequested message, IMessageHandlerContext context)
    {
        var ct = context.CancellationToken;
        var note = message.ConditionNote.Trim();
        if (note.Length > MaxNoteLength)
        {
            note = note[..MaxNoteLength];
        }

        var grade = Math.Clamp(message.Grade, 1, 5);
        var updated = await _rentals.RecordInspectionAsync(message.RentalId, note, grade, ct);
        if (updated == 0)
        {
            _logger.LogWarning("Inspection for unknown rental {RentalId} from {Inspector} ignored", message.RentalId, message.Inspector);
            return;
        }

        var rental = await _rentals.GetAsync(message.RentalId, ct);
        if (rental is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(rental.CallbackUrl))
        {
            await _courier.NotifyCallbackAsync(rental.CallbackUrl, new InspectionCallback(rental.Id, rental.Status, note, grade), ct);
        }

        if (grade <= RepairThreshold)
        {
            var booking = await _courier.BookCollectionAsync(rental.Id, "repairs", ct);
            _logger.LogInformation("Rental {RentalId} graded {Grade}; courier booking {Reference}", rental.Id, grade, booking?.Reference ?? "(failed)");
        }
    }
}
