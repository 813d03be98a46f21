using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Models;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize]
[Route("crew")]
public class CrewController : RampwiseControllerBase
{
    private readonly ICrewRosterService _roster;
    private readonly CrewDirectoryService _directory;
    private readonly RosterSnapshotService _snapshots;

    public CrewController(ICrewRosterService roster, CrewDirectoryService directory, RosterSnapshotService snapshots)
    {
        _roster = roster;
        _directory = directory;
        _snapshots = snapshots;
    }

    [HttpGet("roster")]
    public async Task<IActionResult> Roster([FromQuery(Name = "base")] string? homeBase, [FromQuery] DateOnly? date, CancellationToken ct)
    {
        var model = await _roster.GetRosterAsync(homeBase ?? CurrentStation, date ?? DateOnly.FromDateTime(DateTime.UtcNow), ct);
        return View(model);
    }

    [HttpGet("directory")]
    public IActionResult DirectorySearch([FromQuery] string q)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length < 2)
        {
            return Json(Array.Empty<CrewDirectoryEntry>());
        }

        return Json(_directory.SearchByName(q));
    }

    [HttpGet("directory/{badge}")]
    public IActionResult Badge([FromRoute] string badge)
    {
        var entry = _directory.FindByBadge(badge);
        return entry is null ? NotFound() : Json(entry);
    }

    [HttpPost("roster/swap")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestSwap([FromForm] int shiftId, [FromForm] string counterpartBadge, CancellationToken ct)
    {
        var code = await _roster.StartShiftSwapAsync(shiftId, CurrentBadge, counterpartBadge, ct);
        TempData["Info"] = $"Swap requested. Confirmation code: {code}";
        return RedirectToAction(nameof(Roster));
    }

    [HttpPost("roster/legacy-snapshot")]
    [Authorize(Roles = "TeamLead")]
    public IActionResult RestoreLegacySnapshot([FromForm] IFormFile snapshot)
    {
        using var stream = snapshot.OpenReadStream();
        var export = _snapshots.RestoreLegacySnapshot(stream);
        return Json(new { export.HomeBase, lines = export.Lines.Count });
    }

    [HttpPost("roster/workforce-import")]
    [Authorize(Roles = "TeamLead")]
    public IActionResult ImportWorkforce([FromForm] IFormFile export)
    {
        using var stream = export.OpenReadStream();
        var data = _snapshots.ImportWorkforceExport(stream);
        return Json(new { data.HomeBase, lines = data.Lines.Count });
    }
}
