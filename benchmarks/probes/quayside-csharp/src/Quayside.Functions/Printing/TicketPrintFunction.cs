using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Quayside.Functions.Printing;

/// <summary>Mirror of Quayside.Api.Contracts.TicketPrintMessage (serialised with System.Text.Json, web defaults).</summary>
public sealed class TicketPrintMessage
{
    public Guid BookingId { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string PassengerName { get; set; } = string.Empty;
    public string RouteCode { get; set; } = string.Empty;
    public DateTimeOffset DepartsAt { get; set; }
    public string Barcode { get; set; } = string.Empty;
    public string Printer { get; set; } = "terminal-a";
}

public sealed class TicketPrintFunction
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly TicketPrintRunner _runner;
    private readonly ILogger<TicketPrintFunction> _logger;

    public TicketPrintFunction(TicketPrintRunner runner, ILogger<TicketPrintFunction> logger)
    {
        _runner = runner;
        _logger = logger;
    }

    [Function("PrintTicket")]
    public async Task RunAsync(
        [QueueTrigger("ticket-print", Connection = "TicketQueue")] string message,
        FunctionContext context)
    {
        var job = JsonSerializer.Deserialize<TicketPrintMessage>(message, JsonOptions); // SAFE deser
        if (job is null || job.BookingId == Guid.Empty)
        {
            _logger.LogWarning("Discarding empty ticket print message");
            return;
        }

        await _runner.PrintAsync(job, context.CancellationToken);
        _logger.LogInformation("Printed ticket {Reference} on {Printer}", job.Reference, job.Printer);
    }
}
