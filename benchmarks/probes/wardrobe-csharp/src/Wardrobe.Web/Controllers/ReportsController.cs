using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/reports")]
[Authorize(Policy = "staff")]
public sealed class ReportsController : ControllerBase
{
    private readonly ReportRepository _reports;

    public ReportsController(ReportRepository reports)
    {
        _reports = reports;
    }

    /// <summary>Saves an overdue-returns report; nightly ones are run by the scheduler.</summary>
    [HttpPost]
    public async Task<IActionResult> Save([FromBody] SavedReportRequest request, CancellationToken ct)
    {
        var report = new SavedReport
        {
            Name = request.Name.Trim(),
            OwnerLogin = User.Identity?.Name ?? "unknown",
            Status = request.Status.Trim(),
            Category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim(),
            OverdueDays = request.OverdueDays,
            Schedule = request.Nightly ? "nightly" : "none",
            CreatedAt = DateTime.UtcNow,
        };

        var id = await _reports.SaveAsync(report, ct);
        return Created($"/api/reports/{id}", new { id, report.Schedule });
    }

    [HttpGet("overdue")]
    public async Task<ActionResult<IReadOnlyList<OverdueLine>>> Overdue(
        [FromQuery] string status = RentalStatuses.Collected,
        [FromQuery] int days = 0,
        [FromQuery] string? category = null,
        CancellationToken ct = default)
    {
        var lines = await _reports.RunAdHocAsync(status, Math.Clamp(days, 0, 365), category, ct);
        return Ok(lines);
    }
}
