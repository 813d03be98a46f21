using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Hubs;

[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class AttendanceHub : Hub
{
    private readonly AttendanceService _attendance;
    private readonly ILogger<AttendanceHub> _logger;

    public AttendanceHub(AttendanceService attendance, ILogger<AttendanceHub> logger)
    {
        _attendance = attendance;
        _logger = logger;
    }

    public static string GroupName(string classCode) => "class:" + classCode.ToUpperInvariant();

    public Task JoinClass(string classCode) =>
        Groups.AddToGroupAsync(Context.ConnectionId, GroupName(classCode));

    public Task LeaveClass(string classCode) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(classCode));

    public Task<IReadOnlyList<AttendanceRecord>> GetRoll(string classCode, DateOnly date) =>
        _attendance.GetRollAsync(classCode, date, Context.ConnectionAborted);

    public async Task<int> Mark(string classCode, DateOnly date, List<MarkAttendanceDto> marks)
    {
        var affected = await _attendance.MarkAsync(classCode, date, marks, CurrentStaffId(), Context.ConnectionAborted);
        await Clients.OthersInGroup(GroupName(classCode)).SendAsync("rollChanged", classCode, date, marks);
        return affected;
    }

    /// <summary>Uploads marks captured while the classroom tablet had no connection.</summary>
    public async Task<int> SyncOffline(string payload)
    {
        var batch = _attendance.ParseOfflineBatch(payload);
        var affected = await _attendance.ApplyOfflineBatchAsync(batch, CurrentStaffId(), Context.ConnectionAborted);
        _logger.LogInformation("Offline batch from device {Device}: {Count} marks", batch.DeviceId, affected);
        await Clients.Group(GroupName(batch.ClassCode)).SendAsync("rollChanged", batch.ClassCode, batch.Date);
        return affected;
    }

    private int CurrentStaffId()
    {
        var sub = Context.User?.FindFirst("sub")?.Value;
        return int.TryParse(sub, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new HubException("Staff identity is missing.");
    }
}
