using Innkeep.Config;
using Innkeep.Data;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Innkeep.Controllers;

[Route("reservations")]
public class ReservationsController(ReservationRepository reservations, SessionStateSerializer sessionState, IOptions<InnkeepOptions> options) : Controller
{
    private const string CartCookie = "ik_cart";

    private readonly InnkeepOptions _options = options.Value;

    [Authorize]
    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string guestName, [FromQuery] DateOnly? arrival)
    {
        if (string.IsNullOrWhiteSpace(guestName) || guestName.Length < 2)
            return BadRequest(new { error = "Enter at least two characters of the guest's last name." });
        var matches = await reservations.SearchByGuestNameAsync(guestName, arrival);
        return Json(matches.Select(r => new { r.Id, r.ConfirmationCode, r.GuestLastName, r.ArrivalDate, r.Status }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([FromForm] BookingForm form)
    {
        if (form.Departure <= form.Arrival)
            ModelState.AddModelError(nameof(form.Departure), "Departure must be after arrival.");
        if (!ModelState.IsValid)
            return BadRequest(ModelState);

        var reservation = await reservations.CreateAsync(new Reservation
        {
            GuestFirstName = form.FirstName,
            GuestLastName = form.LastName,
            RoomType = form.RoomType,
            ArrivalDate = form.Arrival,
            DepartureDate = form.Departure,
            Adults = form.Adults,
            Children = form.Children,
            SpecialRequests = form.SpecialRequests,
        });
        Response.Cookies.Delete(CartCookie);
        return RedirectToAction(nameof(Details), new { id = reservation.Id });
    }

    [Authorize]
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var r = await reservations.GetAsync(id);
        if (r is null)
            return NotFound();
        return View(new ReservationDetailsViewModel
        {
            Id = r.Id,
            GuestName = $"{r.GuestFirstName} {r.GuestLastName}",
            ConfirmationCode = r.ConfirmationCode,
            Arrival = r.ArrivalDate,
            Departure = r.DepartureDate,
            RoomType = r.RoomType,
            RoomNumber = r.RoomNumber,
            Status = r.Status,
            Total = r.NightlyRate * r.Nights,
            SpecialRequests = r.SpecialRequests,
            CancellationPolicyHtml = _options.CancellationPolicyHtml,
        });
    }

    [Authorize(Roles = "manager")]
    [HttpPost("status/bulk")]
    public async Task<IActionResult> BulkTransition([FromBody] BulkStatusRequest request)
    {
        if (request.ConfirmationCodes.Count == 0 || request.ConfirmationCodes.Count > 500)
            return BadRequest(new { error = "Provide between 1 and 500 confirmation codes." });
        if (!ReservationStatuses.All.Contains(request.FromStatus))
            return BadRequest(new { error = $"Unknown status '{request.FromStatus}'." });

        var updated = await reservations.TransitionStatusAsync(request.ConfirmationCodes, request.FromStatus, request.ToStatus);
        return Ok(new { updated });
    }

    [Authorize(Roles = "manager")]
    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel([FromBody] int[] reservationIds)
    {
        if (reservationIds.Length == 0)
            return BadRequest();
        var cancelled = await reservations.CancelAsync(reservationIds, DateTime.UtcNow);
        return Ok(new { cancelled });
    }

    [Authorize]
    [HttpPost("{id:int}/complete")]
    public async Task<IActionResult> CompleteCheckout(int id, [FromForm] string? returnUrl)
    {
        await reservations.SetStatusAsync(id, ReservationStatuses.CheckedOut);
        if (!string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/'))
            return Redirect(returnUrl); // VULN redirect
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("cart")]
    public IActionResult Cart()
    {
        var raw = Request.Cookies[CartCookie];
        var cart = raw is null ? new CartState() : sessionState.RestoreCart(raw) ?? new CartState();
        return Json(new { cart.RoomType, cart.Arrival, cart.Departure, cart.AddOns, cart.PromoCode });
    }

    [HttpPost("cart")]
    public IActionResult SaveCart([FromBody] CartState cart)
    {
        Response.Cookies.Append(CartCookie, sessionState.SaveCart(cart), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            Expires = DateTimeOffset.UtcNow.AddDays(2),
        });
        return NoContent();
    }
}
