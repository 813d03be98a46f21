using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Messaging;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Controllers;

[ApiController]
[Authorize(AuthenticationSchemes = "Cookies,CrewApi", Roles = "Dispatcher,FuelOperator,TeamLead")]
[Route("api/fuel-orders")]
public class FuelOrdersController : ControllerBase
{
    private static readonly HashSet<string> Grades = new(StringComparer.OrdinalIgnoreCase) { "JET-A1", "JET-A", "AVGAS100LL", "SAF-BLEND" };

    private readonly IPublishEndpoint _bus;
    private readonly IFuelOrderRepository _orders;

    public FuelOrdersController(IPublishEndpoint bus, IFuelOrderRepository orders)
    {
        _bus = bus;
        _orders = orders;
    }

    [HttpPost]
    public async Task<ActionResult<FuelOrderAccepted>> Create([FromBody] FuelOrderRequest request, CancellationToken ct)
    {
        if (!Grades.Contains(request.Grade))
        {
            return ValidationProblem($"Unsupported fuel grade '{request.Grade}'");
        }

        var orderId = Guid.NewGuid();
        await _bus.Publish(new FuelOrderSubmitted
        {
            OrderId = orderId,
            TurnaroundId = request.TurnaroundId,
            TailNumber = request.TailNumber.ToUpperInvariant(),
            Stand = request.Stand.ToUpperInvariant(),
            Grade = request.Grade.ToUpperInvariant(),
            UpliftLitres = request.UpliftLitres,
            RequestedBy = User.Identity?.Name ?? "unknown",
            RequestedUtc = DateTime.UtcNow,
            DeliveryTicketUrl = request.DeliveryTicketUrl,
            Remarks = request.Remarks
        }, ct);

        return AcceptedAtAction(nameof(Get), new { id = orderId }, new FuelOrderAccepted { OrderId = orderId });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Get([FromRoute] Guid id, CancellationToken ct)
    {
        var order = await _orders.GetAsync(id, ct);
        return order is null ? NotFound() : Ok(order);
    }
}
