using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Pages.BackOffice;

[Authorize(Policy = "Ticketing")]
public sealed class BookingsModel : PageModel
{
    private readonly BookingService _bookings;

    public BookingsModel(BookingService bookings)
    {
        _bookings = bookings;
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<BookingSummary> Results { get; private set; } = Array.Empty<BookingSummary>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await _bookings.RecentAsync(Query, ct);
    }

    public static string StatusClass(string status) => status switch
    {
        "Confirmed" => "badge-ok",
        "CheckedIn" or "Boarded" => "badge-info",
        "Cancelled" or "Refunded" => "badge-muted",
        _ => "badge-warn",
    };
}
