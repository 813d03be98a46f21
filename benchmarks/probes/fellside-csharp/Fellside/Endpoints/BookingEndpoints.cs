using System.Globalization;
using Fellside.Dtos;
using Fellside.Infrastructure;
using Fellside.Repositories;
using Fellside.Services;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Fellside.Endpoints;

public sealed record BookingCreated(string Reference, string CheckInCode, decimal Total, string ConfirmationUrl);

public static class BookingEndpoints
{
    [WolverineGet("/api/huts")]
    public static Task<IReadOnlyList<HutListItem>> ListHuts(string? region, HutRepository huts, CancellationToken ct) =>
        huts.ListAsync(region, ct);

    [WolverineGet("/api/huts/{slug}/quote")]
    public static async Task<IResult> Quote(string slug, string arrival, int nights, int party, BookingService bookings, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(arrival, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Results.BadRequest(new { error = "arrival must be yyyy-MM-dd" });
        }

        try
        {
            return Results.Ok(await bookings.QuoteAsync(slug, date, nights, party, ct));
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
    }

    [Authorize(Policy = "Warden")]
    [WolverineGet("/api/huts/{hutId}/bookings/search")]
    public static Task<IReadOnlyList<BookingSummary>> SearchGuests(int hutId, string guest, BookingService bookings, CancellationToken ct) =>
        bookings.SearchGuestsAsync(hutId, guest, ct);

    [WolverinePost("/api/bookings")]
    public static async Task<IResult> Create(CreateBookingRequest request, BookingService bookings, CancellationToken ct)
    {
        try
        {
            var booking = await bookings.CreateAsync(request, ct);
            var confirmationUrl = $"/bookings/{booking.Reference}/confirmation?email={Uri.EscapeDataString(booking.GuestEmail)}";
            return Results.Created(confirmationUrl, new BookingCreated(booking.Reference, booking.CheckInCode, booking.Total, confirmationUrl));
        }
        catch (BookingUnavailableException ex)
        {
            return Results.Conflict(new { error = ex.Message });
        }
    }

    /// <summary>The embeddable booking widget sends the guest here once payment clears.</summary>
    [WolverineGet("/bookings/continue")]
    public static IResult ContinueAfterBooking(string reference, string? returnTo)
    {
        var target = ReturnUrls.ForBooking(returnTo);
        return Results.Redirect(target); // VULN redirect
    }

    [WolverineGet("/bookings/{reference}/confirmation")]
    public static async Task<IResult> Confirmation(string reference, string email, BookingService bookings, CancellationToken ct)
    {
        var html = await bookings.ConfirmationPageAsync(reference, email, ct);
        return html is null ? Results.NotFound() : Results.Content(html, "text/html; charset=utf-8");
    }

    [WolverinePost("/bookings/cancel")]
    public static async Task<IResult> Cancel(CancelBookingRequest request, BookingService bookings, CancellationToken ct)
    {
        var cancelled = await bookings.CancelAsync(request, ct);
        if (!cancelled)
        {
            return Results.NotFound(new { error = "No matching booking." });
        }

        if (ReturnUrls.IsLocalPath(request.ReturnTo))
        {
            return Results.LocalRedirect(request.ReturnTo!); // SAFE redirect
        }

        return Results.Ok(new { cancelled = request.Reference });
    }
}
