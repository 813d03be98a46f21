using Kilnworks.Contracts;
using Kilnworks.Domain;
using Kilnworks.Modules;
using Kilnworks.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kilnworks.Pages.Glazes;

[Authorize]
public sealed class DetailsModel : PageModel
{
    private readonly GlazeService _glazes;
    private readonly ILogger<DetailsModel> _logger;

    public DetailsModel(GlazeService glazes, ILogger<DetailsModel> logger)
    {
        _glazes = glazes;
        _logger = logger;
    }

    public GlazeRecipe Recipe { get; private set; } = new();
    public double? ThermalExpansion { get; private set; }
    public bool CanEdit { get; private set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public string? LabelTemplate { get; set; }

    [BindProperty]
    public string? ExpansionFormula { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var recipe = await _glazes.GetVisibleAsync(id, User.MemberId(), ct);
        if (recipe is null)
        {
            return NotFound();
        }
        Recipe = recipe;
        CanEdit = recipe.AuthorId == User.MemberId();
        Notes = recipe.Notes;
        LabelTemplate = recipe.LabelTemplate;
        ExpansionFormula = recipe.ExpansionFormula;

        try
        {
            ThermalExpansion = await _glazes.ThermalExpansionAsync(recipe, ct);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Expansion formula failed for recipe {Recipe}", recipe.Id);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var recipe = await _glazes.GetVisibleAsync(id, User.MemberId(), ct);
        if (recipe is null || recipe.AuthorId != User.MemberId())
        {
            return Forbid();
        }

        var request = new SaveGlazeRequest(
            recipe.Name,
            recipe.Cone,
            recipe.Atmosphere,
            recipe.Surface,
            Notes,
            LabelTemplate,
            ExpansionFormula,
            recipe.Shared);
        await _glazes.UpdateAsync(id, request, User.MemberId(), ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLabelsAsync(int id, int copies, CancellationToken ct)
    {
        await _glazes.RequestLabelsAsync(id, User.MemberId(), copies, ct);
        TempData["flash"] = $"{copies} label(s) sent to the studio printer.";
        return RedirectToPage(new { id });
    }
}
