using Fellside.Dtos;
using Fellside.Grains;
using Fellside.Models;
using Fellside.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Fellside.Controllers;

[Authorize]
public class CalloutsController : Controller
{
    private readonly CalloutService _callouts;
    private readonly IGrainFactory _grains;

    public CalloutsController(CalloutService callouts, IGrainFactory grains)
    {
        _callouts = callouts;
        _grains = grains;
    }

    [HttpGet("/callouts/{id:int}")]
    public async Task<IActionResult> Log(int id, CancellationToken ct)
    {
        var callout = await _callouts.GetAsync(id, ct);
        if (callout is null)
        {
            return NotFound();
        }

        var snapshot = await _grains.GetGrain<ICalloutGrain>(id).GetSnapshot();
        return View(new CalloutLogViewModel { Callout = callout, Responders = snapshot.Responders });
    }

    [HttpPost("/callouts/{id:int}/log")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddEntry(int id, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            await _callouts.AppendLogAsync(id, new CalloutLogRequest(User.Identity?.Name ?? "radio", text.Trim()));
        }

        return RedirectToAction(nameof(Log), new { id });
    }

    [Authorize(Policy = "TeamLeader")]
    [HttpPost("/callouts/{id:int}/stand-down")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> StandDown(int id, StandDownRequest request)
    {
        await _callouts.StandDownAsync(id, request.Reason, User.Identity?.Name ?? "unknown");
        if (!string.IsNullOrEmpty(request.ReturnTo) && Url.IsLocalUrl(request.ReturnTo))
        {
            return Redirect(request.ReturnTo); // SAFE redirect
        }

        return RedirectToAction(nameof(Log), new { id });
    }
}
