using System.ComponentModel.DataAnnotations;
using Kilnworks.Contracts;
using Kilnworks.Domain;
using Kilnworks.Modules;
using Kilnworks.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kilnworks.Pages.Bookings;

public sealed class BookModel : PageModel
{
    private readonly BookingService _bookings;

    public BookModel(BookingService bookings)
    {
        _bookings = bookings;
    }

    public IReadOnlyList<StudioClass> Classes { get; private set; } = Array.Empty<StudioClass>();

    [BindProperty]
    public BookingInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public BookingConfirmationDto? Confirmation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Classes = await _bookings.UpcomingAsync(ct);
        Input.AttendeeName = User.Identity?.Name ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Classes = await _bookings.UpcomingAsync(ct);
            return Page();
        }

        try
        {
            Confirmation = await _bookings.CreateAsync(
                new CreateBookingRequest(Input.ClassId, Input.AttendeeName, Input.AttendeeEmail, Input.Seats, Input.Comment),
                User.MemberId(), ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            Classes = await _bookings.UpcomingAsync(ct);
            return Page();
        }

        TempData["confirmation"] = Confirmation.ConfirmationCode;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/bookings?booked=1"); // SAFE redirect
    }

    public sealed class BookingInput
    {
        [Required]
        public int ClassId { get; set; }

        [Required, StringLength(80)]
        public string AttendeeName { get; set; } = string.Empty;

        [Required, EmailAddress]
        public string AttendeeEmail { get; set; } = string.Empty;

        [Range(1, 4)]
        public int Seats { get; set; } = 1;

        [StringLength(500)]
        public string? Comment { get; set; }
    }
}
