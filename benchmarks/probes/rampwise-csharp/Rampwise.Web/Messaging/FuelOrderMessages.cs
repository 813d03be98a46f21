using MassTransit;
using Rampwise.Web.Domain;
using Rampwise.Web.Repositories;
using Rampwise.Web.Services;

namespace Rampwise.Web.Messaging;

public record FuelOrderSubmitted
{
    public Guid OrderId { get; init; }
    public Guid TurnaroundId { get; init; }
    public string TailNumber { get; init; } = string.Empty;
    public string Stand { get; init; } = string.Empty;
    public string Grade { get; init; } = "JET-A1";
    public int UpliftLitres { get; init; }
    public string RequestedBy { get; init; } = string.Empty;
    public DateTime RequestedUtc { get; init; }
    public string? DeliveryTicketUrl { get; init; }
    public string? Remarks { get; init; }
}

public record FuelOrderAcknowledged(Guid OrderId, string SupplierReference, DateTime? EstimatedArrivalUtc);

/// <summary>
/// Worker side of fuel ordering: persists the order in the fuel ledger, forwards it to the
/// into-plane supplier and archives the delivery ticket once available.
/// </summary>
public class FuelOrderSubmittedConsumer : IConsumer<FuelOrderSubmitted>
{
    private readonly IFuelOrderRepository _orders;
    private readonly FuelSupplierClient _supplier;
    private readonly ILogger<FuelOrderSubmittedConsumer> _logger;

    public FuelOrderSubmittedConsumer(IFuelOrderRepository orders, FuelSupplierClient supplier, ILogger<FuelOrderSubmittedConsumer> logger)
    {
        _orders = orders;
        _supplier = supplier;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<FuelOrderSubmitted> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;

        var order = new FuelOrder
        {
            Id = message.OrderId,
            TurnaroundId = message.TurnaroundId,
            TailNumber = message.TailNumber,
            Stand = message.Stand,
            Grade = message.Grade,
            UpliftLitres = message.UpliftLitres,
            RequestedBy = message.RequestedBy,
            RequestedUtc = message.RequestedUtc,
            State = FuelOrderState.Requested,
            DeliveryTicketUrl = message.DeliveryTicketUrl
        };

        await _orders.InsertAsync(order, ct);
        await _orders.AppendAuditAsync(order.Id, order.TailNumber, "requested", message.Remarks, ct);

        var ack = await _supplier.SubmitOrderAsync(order, ct);
        if (ack is null)
        {
            await _orders.UpdateStateAsync(order.Id, FuelOrderState.Rejected, null, ct);
            return;
        }

        await _orders.UpdateStateAsync(order.Id, FuelOrderState.Acknowledged, ack.Reference, ct);
        await context.Publish(new FuelOrderAcknowledged(order.Id, ack.Reference, ack.EstimatedArrivalUtc), ct);

        if (!string.IsNullOrWhiteSpace(message.DeliveryTicketUrl))
        {
            var ticket = await _supplier.DownloadDeliveryTicketAsync(message.DeliveryTicketUrl, ct);
            var dir = Path.Combine(Path.GetTempPath(), "rampwise-tickets");
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, $"{order.Id:N}.pdf");
            await File.WriteAllBytesAsync(file, ticket, ct);
            _logger.LogInformation("Archived delivery ticket for order {OrderId} ({Bytes} bytes)", order.Id, ticket.Length);
        }
    }
}
