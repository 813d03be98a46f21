using MassTransit;
using Oakharbor.Data;
using Oakharbor.Messaging;
using Oakharbor.Services;

namespace Oakharbor.Consumers;

public sealed class EngineDiagnosticsConsumer : IConsumer<RunEngineDiagnostics>
{
    private readonly EngineDiagnosticsRunner _runner;
    private readonly IWorkOrderRepository _workOrders;
    private readonly ILogger<EngineDiagnosticsConsumer> _logger;

    public EngineDiagnosticsConsumer(EngineDiagnosticsRunner runner, IWorkOrderRepository workOrders, ILogger<EngineDiagnosticsConsumer> logger)
    {
        _runner = runner;
        _workOrders = workOrders;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<RunEngineDiagnostics> context)
    {
        var request = context.Message;
        _logger.LogInformation("Running engine diagnostics {CorrelationId} for work order {WorkOrderId}", request.CorrelationId, request.WorkOrderId);

        var result = await _runner.RunEngineDumpAsync(request.HullId, request.RequestedBy, context.CancellationToken);
        var note = result.Succeeded
            ? $"Engine dump captured: {Path.GetFileName(result.OutputPath)}"
            : $"Engine dump failed: {result.Log}";
        await _workOrders.AppendNoteAsync(request.WorkOrderId, "diagnostics", note, context.CancellationToken);
    }
}
