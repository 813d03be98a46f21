using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Rollcall.Web.Config;
using Rollcall.Web.Hubs;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/attendance")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class AttendanceController : RollcallControllerBase
{
    private readonly AttendanceService _attendance;
    private readonly IHubContext<AttendanceHub> _hub;

    public AttendanceController(AttendanceService attendance, IHubContext<AttendanceHub> hub)
    {
        _attendance = attendance;
        _hub = hub;
    }

    [HttpGet("{classCode}/{date}")]
    public async Task<ActionResult<IReadOnlyList<AttendanceRecord>>> GetRoll([FromRoute] string classCode, [FromRoute] DateOnly date, CancellationToken ct)
    {
        var roll = await _attendance.GetRollAsync(classCode, date, ct);
        return Ok(roll);
    }

    [HttpPost("{classCode}/{date}")]
    public async Task<IActionResult> Mark([FromRoute] string classCode, [FromRoute] DateOnly date, [FromBody] List<MarkAttendanceDto> marks, CancellationToken ct)
    {
        if (marks.Count == 0)
        {
            return BadRequest(new { error = "No marks supplied." });
        }

        var affected = await _attendance.MarkAsync(classCode, date, marks, CurrentStaffId, ct);
        await _hub.Clients.Group(AttendanceHub.GroupName(classCode)).SendAsync("rollChanged", classCode, date, marks, ct);
        return Ok(new { affected });
    }

    [HttpGet("students/{studentId:int}")]
    public async Task<ActionResult<IReadOnlyList<AttendanceRecord>>> History(
        [FromRoute] int studentId,
        [FromQuery] string? classCode,
        [FromQuery] DateOnly? from,
        [FromQuery] DateOnly? to,
        CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var history = await _attendance.GetHistoryAsync(studentId, classCode, from ?? today.AddDays(-30), to ?? today, ct);
        return Ok(history);
    }
}
