using Fellside.Dtos;
using Fellside.Grains;
using Fellside.Models;
using Fellside.Repositories;
using Fellside.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Fellside.Controllers;

public class HutsController : Controller
{
    private readonly HutRepository _huts;
    private readonly RouteCatalog _routes;
    private readonly IGrainFactory _grains;

    public HutsController(HutRepository huts, RouteCatalog routes, IGrainFactory grains)
    {
        _huts = huts;
        _routes = routes;
        _grains = grains;
    }

    [HttpGet]
    public async Task<IActionResult> Index(string? region, CancellationToken ct)
    {
        var huts = await _huts.ListAsync(region, ct);
        return View(new HutIndexViewModel { Region = region, Huts = huts });
    }

    [HttpGet("/huts/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var hut = await _huts.GetBySlugAsync(slug, ct);
        if (hut is null)
        {
            return NotFound();
        }

        var free = await _grains.GetGrain<IHutGrain>(hut.Slug).BedsFree(DateOnly.FromDateTime(DateTime.UtcNow));
        return View(new HutDetailsViewModel { Hut = hut, Routes = _routes.ForHut(hut.Slug), BedsFreeTonight = free });
    }

    [HttpGet("/huts/{slug}/conditions")]
    public async Task<IActionResult> Conditions(string slug, CancellationToken ct)
    {
        var hut = await _huts.GetBySlugAsync(slug, ct);
        if (hut is null)
        {
            return NotFound();
        }

        var conditions = await _grains.GetGrain<IHutGrain>(hut.Slug).GetConditions();
        return View(new HutConditionsViewModel { HutName = hut.Name, Conditions = conditions });
    }

    [Authorize(Policy = "Warden")]
    [HttpGet("/huts/{slug}/edit")]
    public async Task<IActionResult> Edit(string slug, CancellationToken ct)
    {
        var hut = await _huts.GetBySlugAsync(slug, ct);
        if (hut is null)
        {
            return NotFound();
        }

        ViewData["Slug"] = hut.Slug;
        ViewData["HutName"] = hut.Name;
        return View(new HutEditForm
        {
            Description = hut.Description,
            Website = hut.Website,
            WeatherStationUrl = hut.WeatherStationUrl,
            Region = hut.Region,
            Beds = hut.Beds,
            NightlyRate = hut.NightlyRate
        });
    }

    [Authorize(Policy = "Warden")]
    [HttpPost("/huts/{slug}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string slug, HutEditForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ViewData["Slug"] = slug;
            return View(form);
        }

        await _huts.UpdateProfileAsync(slug, new HutProfileUpdate(
            form.Description, form.Website, form.WeatherStationUrl, form.Region.Trim(), form.Beds, form.NightlyRate), ct);

        TempData["Flash"] = "Hut profile saved.";
        return RedirectToAction(nameof(Details), new { slug });
    }
}
