using System.Net.Http.Json;
using Innkeep.Config;
using Innkeep.Helpers;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Innkeep.Controllers;

[ApiController]
[Route("api/integrations")]
[EnableCors("partner-portal")]
[Authorize]
public class IntegrationsController(ChannelManagerClient channels, RatePlanXmlParser ratePlans, SessionStateSerializer serializer, IHttpClientFactory httpFactory, IOptions<InnkeepOptions> options) : ControllerBase
{
    private readonly InnkeepOptions _options = options.Value;

    [HttpPost("feeds/pull")]
    public async Task<IActionResult> PullFeed([FromBody] FeedSubscription subscription, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(subscription.ChannelName))
            return BadRequest(new { error = "Channel name is required." });
        var snapshot = await channels.PullAvailabilityAsync(subscription, ct);
        return Ok(new { snapshot.Channel, snapshot.RetrievedAtUtc, snapshot.RoomTypes });
    }

    [HttpPost("webhooks/test")]
    public async Task<IActionResult> TestWebhook([FromQuery] string callback, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(callback) || !callback.Contains(".innkeep-partners.com", StringComparison.OrdinalIgnoreCase))
            return BadRequest(new { error = "Callbacks must point to a registered partner domain." });
        var client = httpFactory.CreateClient("channel-manager");
        using var response = await client.PostAsJsonAsync(callback, new { type = "ping", property = _options.PropertyCode, sentAt = DateTime.UtcNow }, ct); // VULN ssrf
        return Ok(new { status = (int)response.StatusCode });
    }

    [HttpPost("rates/push")]
    public async Task<IActionResult> PushRates([FromQuery] string partnerUrl, [FromBody] List<RatePush> rates, CancellationToken ct)
    {
        if (!UrlGuard.TryGetPartnerUri(partnerUrl, _options.PartnerHosts, out var endpoint))
            return BadRequest(new { error = "Unknown partner endpoint." });
        var accepted = await channels.PushRatesAsync(endpoint, rates, ct);
        return accepted ? Ok() : StatusCode(StatusCodes.Status502BadGateway);
    }

    [HttpPost("rateplans/upload")]
    public IActionResult UploadRatePlan(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var doc = ratePlans.LoadUploaded(stream);
        var plans = doc.SelectNodes("/ratePlans/ratePlan")?.Count ?? 0;
        Directory.CreateDirectory(_options.RatePlanRoot);
        doc.Save(Path.Combine(_options.RatePlanRoot, $"upload-{DateTime.UtcNow:yyyyMMddHHmmss}.xml"));
        return Ok(new { plans });
    }

    [HttpPost("rateplans/feed")]
    [Consumes("application/xml", "text/xml")]
    public IActionResult ReceiveRatePlanFeed()
    {
        var doc = ratePlans.LoadFeed(Request.Body);
        Directory.CreateDirectory(_options.RatePlanRoot);
        doc.Save(Path.Combine(_options.RatePlanRoot, "current.xml"));
        return Accepted();
    }

    [HttpGet("rateplans/current/rates")]
    public IActionResult RatesForRoom([FromQuery] string roomCode)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(_options.RatePlanRoot, "current.xml"));
        var doc = ratePlans.LoadFeed(stream);
        return Ok(ratePlans.FindRatesForRoom(doc, roomCode));
    }

    [HttpGet("rateplans/current/plans/{planCode}")]
    public IActionResult Plan([FromRoute] string planCode)
    {
        string code;
        try
        {
            code = RatePlanCodes.EnsureValid(planCode);
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
        using var stream = System.IO.File.OpenRead(Path.Combine(_options.RatePlanRoot, "current.xml"));
        var plan = ratePlans.FindPlan(ratePlans.LoadFeed(stream), code);
        return plan is null ? NotFound() : Ok(plan);
    }

    [HttpPost("bookings/import/legacy")]
    public async Task<IActionResult> ImportLegacyBooking()
    {
        using var reader = new StreamReader(Request.Body);
        var payload = await reader.ReadToEndAsync();
        var booking = serializer.ImportLegacyBooking(payload);
        return booking is null ? BadRequest() : Accepted(new { type = booking.GetType().Name });
    }

    [HttpPost("bookings/import")]
    public async Task<IActionResult> ImportBooking()
    {
        using var reader = new StreamReader(Request.Body);
        var booking = serializer.ImportBooking(await reader.ReadToEndAsync());
        if (booking is null || string.IsNullOrEmpty(booking.ExternalReference))
            return BadRequest(new { error = "Booking payload is missing its external reference." });
        return Accepted(new { booking.ExternalReference, booking.Channel });
    }
}
