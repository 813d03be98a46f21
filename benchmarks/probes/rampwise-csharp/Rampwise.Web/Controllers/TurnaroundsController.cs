using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Domain;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize]
[Route("turnarounds")]
public class TurnaroundsController : RampwiseControllerBase
{
    private readonly ITurnaroundService _turnarounds;
    private readonly DocumentStore _documents;

    public TurnaroundsController(ITurnaroundService turnarounds, DocumentStore documents)
    {
        _turnarounds = turnarounds;
        _documents = documents;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? station, [FromQuery] string? sort, [FromQuery] DateOnly? day, CancellationToken ct)
    {
        var model = await _turnarounds.ListAsync(station ?? CurrentStation, sort, day ?? DateOnly.FromDateTime(DateTime.UtcNow), ct);
        return View(model);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details([FromRoute] Guid id, CancellationToken ct)
    {
        var model = await _turnarounds.DetailsAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        ViewBag.Documents = _documents.List(id);
        return View(model);
    }

    [HttpPost("{id:guid}/remarks")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddRemark([FromRoute] Guid id, [FromForm] RemarkForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid || form.TurnaroundId != id)
        {
            return BadRequest(ModelState);
        }

        await _turnarounds.AddRemarkAsync(form, CurrentBadge, ct);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/delay")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetDelay([FromRoute] Guid id, [FromForm] DelayForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid || form.TurnaroundId != id)
        {
            return BadRequest(ModelState);
        }

        await _turnarounds.SetDelayAsync(form, ct);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/status")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> UpdateStatus([FromRoute] Guid id, [FromForm] string status, CancellationToken ct)
    {
        if (!Enum.TryParse<TurnaroundStatus>(status, ignoreCase: true, out var parsed))
        {
            return BadRequest("Unknown status");
        }

        var changed = await _turnarounds.ChangeStatusAsync(id, parsed, CurrentBadge, ct);
        return changed ? RedirectToAction(nameof(Details), new { id }) : NotFound();
    }

    [HttpPost("tasks/complete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CompleteTask([FromForm] CompleteTaskForm form, CancellationToken ct)
    {
        var done = await _turnarounds.CompleteTaskAsync(form.TurnaroundId, form.TaskId, CurrentBadge, ct);
        if (!done)
        {
            TempData["Error"] = "Task was already completed or does not exist.";
        }

        return this.ReturnToBoard(form.ReturnUrl, nameof(Index));
    }
}
