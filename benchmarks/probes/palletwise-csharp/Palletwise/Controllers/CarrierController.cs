using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Palletwise.Models;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/carriers")]
[Authorize]
public class CarrierController : ControllerBase
{
    private readonly CarrierGateway _gateway;
    private readonly ZoneLookup _zones;

    public CarrierController(CarrierGateway gateway, ZoneLookup zones)
    {
        _gateway = gateway;
        _zones = zones;
    }

    [HttpPost("tracking")]
    public async Task<IActionResult> Tracking([FromBody] TrackingLookup lookup)
    {
        if (string.IsNullOrWhiteSpace(lookup.TrackingUrl))
        {
            return BadRequest(new { error = "trackingUrl is required" });
        }

        var page = await _gateway.FetchTrackingPageAsync(lookup.TrackingUrl);
        return Content(page, "text/plain");
    }

    [HttpGet("tracking")]
    public async Task<IActionResult> VerifiedTracking([FromQuery] string url)
    {
        try
        {
            return Content(await _gateway.FetchVerifiedTrackingPageAsync(url), "text/plain");
        }
        catch (InvalidOperationException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }

    [HttpGet("legacy-bookings/{day}")]
    public async Task<IActionResult> LegacyBookings([FromRoute] DateOnly day)
    {
        return Content(await _gateway.ListFreightBookingsAsync(day), "application/json");
    }

    [HttpGet("zones/service/{serviceCode}")]
    public IActionResult ServiceZone([FromRoute] string serviceCode)
    {
        var zone = _zones.ZoneForService(serviceCode);
        return zone is null ? NotFound() : Ok(new { serviceCode, zone });
    }

    [HttpGet("zones/postcode/{postcode}")]
    public IActionResult PostcodeZone([FromRoute] string postcode)
    {
        var zone = _zones.ZoneForPostcode(postcode);
        return zone is null ? NotFound() : Ok(new { postcode, zone });
    }
}
