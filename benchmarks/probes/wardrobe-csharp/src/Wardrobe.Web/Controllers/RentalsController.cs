using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/rentals")]
[Authorize]
[EnableCors("partner-portal")]
public sealed class RentalsController : ControllerBase
{
    private readonly RentalService _rentals;
    private readonly TokenService _tokens;
    private readonly ILogger<RentalsController> _logger;

    public RentalsController(RentalService rentals, TokenService tokens, ILogger<RentalsController> logger)
    {
        _rentals = rentals;
        _tokens = tokens;
        _logger = logger;
    }

    [HttpPost]
    public async Task<ActionResult<RentalCreated>> Create([FromBody] CreateRentalRequest request, CancellationToken ct)
    {
        if (!TryGetMemberId(out var memberId))
        {
            return Forbid();
        }

        try
        {
            var created = await _rentals.CreateAsync(memberId, request, ct);
            return CreatedAtAction(nameof(Mine), null, created);
        }
        catch (KeyNotFoundException ex)
        {
            return NotFound(new { error = ex.Message });
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return Conflict(new { error = ex.Message });
        }
    }

    [HttpGet("by-production")]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<IEnumerable<RentalView>>> ByProduction([FromQuery(Name = "title")] string productionTitle, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(productionTitle))
        {
            return BadRequest(new { error = "title is required" });
        }

        var rentals = await _rentals.ForProductionAsync(productionTitle, ct);
        return Ok(rentals.Select(RentalView.From));
    }

    [HttpGet("mine")]
    public async Task<ActionResult<IEnumerable<RentalView>>> Mine([FromQuery] string? status, CancellationToken ct)
    {
        if (!TryGetMemberId(out var memberId))
        {
            return Forbid();
        }

        var rentals = await _rentals.ForMemberAsync(memberId, status, ct);
        return Ok(rentals.Select(RentalView.From));
    }

    /// <summary>Calendar subscription for a member's hires; calendar apps cannot send headers.</summary>
    [HttpGet("calendar")]
    [AllowAnonymous]
    public async Task<IActionResult> Calendar([FromQuery] string token, CancellationToken ct)
    {
        var memberId = await _tokens.ValidateMemberTokenAsync(token);
        if (memberId is null)
        {
            return Unauthorized();
        }

        var rentals = await _rentals.ForMemberAsync(memberId.Value, "Collected", ct);
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wardrobe//Hire calendar//EN" };
        foreach (var rental in rentals)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:rental-{rental.Id}@wardrobe");
            lines.Add($"DTSTART;VALUE=DATE:{rental.DueDate:yyyyMMdd}");
            lines.Add($"SUMMARY:Costume return due ({rental.ProductionTitle.Replace(",", "\\,")})");
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        return Content(string.Join("\r\n", lines), "text/calendar");
    }

    [HttpPost("{id:int}/inspection")]
    [Authorize(Policy = "staff")]
    public async Task<IActionResult> RequestInspection([FromRoute] int id, [FromBody] InspectionRequest request, CancellationToken ct)
    {
        try
        {
            await _rentals.RequestInspectionAsync(id, request, User.Identity?.Name ?? "wardrobe", ct);
            return Accepted();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost("{id:int}/returned")]
    [Authorize(AuthenticationSchemes = "kiosk")]
    public async Task<IActionResult> MarkReturned([FromRoute] int id, CancellationToken ct)
    {
        var desk = User.FindFirstValue("desk") ?? "unknown desk";
        _logger.LogInformation("Rental {RentalId} scanned back in at {Desk}", id, desk);
        return await _rentals.MarkReturnedAsync(id, ct) ? NoContent() : Conflict();
    }

    /// <summary>Partner portal: rentals placed by a supplier partner on behalf of their clients.</summary>
    [HttpGet("partner")]
    [AllowAnonymous]
    public async Task<ActionResult<IEnumerable<RentalView>>> Partner([FromQuery] string? status, CancellationToken ct)
    {
        var header = Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : string.Empty;
        var partner = _tokens.ReadPartnerIdentity(bearer);
        if (partner is null)
        {
            return Unauthorized();
        }

        var rentals = await _rentals.ForMemberAsync(partner.MemberId, status, ct);
        return Ok(rentals.Select(RentalView.From));
    }

    private bool TryGetMemberId(out int memberId)
    {
        var value = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.FindFirstValue("sub");
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out memberId);
    }
}
