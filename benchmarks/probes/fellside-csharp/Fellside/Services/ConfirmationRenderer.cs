using Fellside.Domain;
using Fellside.Options;
using Microsoft.Extensions.Options;
using Scriban;

namespace Fellside.Services;

public sealed class BookingEmailModel
{
    public string HutName { get; init; } = string.Empty;
    public string GuestName { get; init; } = string.Empty;
    public string Reference { get; init; } = string.Empty;
    public string CheckInCode { get; init; } = string.Empty;
    public string Arrival { get; init; } = string.Empty;
    public int Nights { get; init; }
    public int PartySize { get; init; }
    public string Total { get; init; } = string.Empty;
    public string? Notes { get; init; }
    public string WardenEmail { get; init; } = string.Empty;
}

public sealed class CalloutSummaryModel
{
    public string IncidentRef { get; init; } = string.Empty;
    public string Location { get; init; } = string.Empty;
    public string GridReference { get; init; } = string.Empty;
    public string Severity { get; init; } = string.Empty;
    public string Opened { get; init; } = string.Empty;
    public IReadOnlyList<CalloutLogEntry> Log { get; init; } = Array.Empty<CalloutLogEntry>();
}

public class ConfirmationRenderer
{
    private readonly Template _defaultConfirmation;
    private readonly Template _calloutSummary;

    public ConfirmationRenderer(IOptions<FellsideOptions> options, IWebHostEnvironment env)
    {
        var root = Path.Combine(env.ContentRootPath, options.Value.TemplateRoot);
        _defaultConfirmation = Template.Parse(File.ReadAllText(Path.Combine(root, "booking_confirmation.sbn"))); // SAFE ssti
        _calloutSummary = Template.Parse(File.ReadAllText(Path.Combine(root, "callout_summary.sbn")));
    }

    public static BookingEmailModel ToModel(Booking booking, Hut hut) => new()
    {
        HutName = hut.Name,
        GuestName = booking.GuestName,
        Reference = booking.Reference,
        CheckInCode = booking.CheckInCode,
        Arrival = booking.Arrival.ToString("dddd d MMMM yyyy"),
        Nights = booking.Nights,
        PartySize = booking.PartySize,
        Total = booking.Total.ToString("C"),
        Notes = booking.Notes,
        WardenEmail = hut.WardenEmail
    };

    public string RenderConfirmation(Hut hut, BookingEmailModel model)
    {
        if (string.IsNullOrWhiteSpace(hut.ConfirmationTemplate))
        {
            return _defaultConfirmation.Render(model);
        }

        return Template.Parse(hut.ConfirmationTemplate).Render(model); // VULN ssti
    }

    public string RenderCalloutSummary(CalloutSummaryModel model) => _calloutSummary.Render(model);
}
