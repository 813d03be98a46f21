using Microsoft.AspNetCore.SignalR;

namespace Returnly.Hubs;

[Authorize(Policy = "Staff")]
public sealed class ReturnsHub(LabelJobQueue labelQueue, ILogger<ReturnsHub> logger) : Hub
{
    private static string GroupFor(string warehouseCode) => $"wh:{warehouseCode.Trim().ToUpperInvariant()}";

    public Task JoinWarehouse(string warehouseCode) =>
        Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(warehouseCode));

    // Called from the dock tablet when a label is smudged or torn.
    public async Task ReprintLabel(string station, string trackingNumber)
    {
        var user = Context.User?.Identity?.Name ?? "unknown";
        await labelQueue.EnqueueAsync(new LabelPrintJob(station, trackingNumber, user));
        logger.LogInformation("{User} queued reprint of {Tracking} at {Station}", user, trackingNumber, station);
        await Clients.Caller.SendAsync("reprintQueued", trackingNumber, labelQueue.Pending);
    }

    public Task InspectionStarted(string warehouseCode, string rmaNumber) =>
        Clients.OthersInGroup(GroupFor(warehouseCode)).SendAsync("inspectionStarted", rmaNumber, Context.User?.Identity?.Name);
}
