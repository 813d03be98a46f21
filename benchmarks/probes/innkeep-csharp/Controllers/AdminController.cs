using System.Text;
using System.Text.Encodings.Web;
using Innkeep.Data;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Controllers;

[ApiController]
[Route("api/admin")]
public class AdminController(TokenService tokens, StaffDirectory directory, ReportService reports, InnkeepDbContext db) : ControllerBase
{
    [HttpGet("staff/by-username")]
    public IActionResult FindStaff([FromQuery] string username)
    {
        if (!HasStaffRole("admin", "manager"))
            return Forbid();
        var record = directory.FindByUsername(username);
        return record is null ? NotFound() : Ok(record);
    }

    [HttpGet("staff/by-email")]
    public IActionResult FindStaffByEmail([FromQuery] string email)
    {
        if (!HasStaffRole("admin", "manager"))
            return Forbid();
        var record = directory.FindByEmail(email);
        return record is null ? NotFound() : Ok(record);
    }

    [HttpPost("reports/night-audit")]
    public async Task<IActionResult> NightAudit([FromQuery] DateOnly businessDate, [FromQuery] string title)
    {
        if (!HasStaffRole("admin", "night-auditor"))
            return Forbid();
        var arrivals = await db.Reservations
            .Where(r => r.ArrivalDate == businessDate && r.Status != ReservationStatuses.Cancelled)
            .OrderBy(r => r.GuestLastName)
            .ToListAsync();

        var html = new StringBuilder("<html><body><table>");
        foreach (var r in arrivals)
            html.Append($"<tr><td>{HtmlEncoder.Default.Encode(r.ConfirmationCode)}</td><td>{HtmlEncoder.Default.Encode(r.GuestLastName)}</td><td>{r.Status}</td></tr>");
        html.Append("</table></body></html>");

        var pdf = await reports.ExportNightAuditAsync(businessDate, title, html.ToString());
        return Ok(new { file = Path.GetFileName(pdf), arrivals = arrivals.Count });
    }

    [HttpPost("maintenance/backup")]
    public async Task<IActionResult> Backup()
    {
        if (!HasStaffRole("admin"))
            return Forbid();
        await reports.RunNightlyBackupAsync();
        return Accepted();
    }

    private bool HasStaffRole(params string[] roles)
    {
        var header = Request.Headers["X-Staff-Token"].ToString();
        if (string.IsNullOrEmpty(header))
            return false;
        var principal = tokens.ReadStaffToken(header);
        return roles.Any(principal.IsInRole);
    }
}
