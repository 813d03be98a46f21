using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Data;

namespace Oakharbor.Pages.Vessels;

public class EditModel : PageModel
{
    private readonly IVesselRepository _vessels;
    private readonly HtmlEncoder _encoder;

    public EditModel(IVesselRepository vessels, HtmlEncoder encoder)
    {
        _vessels = vessels;
        _encoder = encoder;
    }

    public sealed class VesselInput
    {
        [Required, StringLength(60)]
        public string Name { get; set; } = string.Empty;

        [StringLength(2000)]
        public string? Notes { get; set; }

        [StringLength(300)]
        public string? WebsiteUrl { get; set; }
    }

    [BindProperty]
    public VesselInput Input { get; set; } = new();

    public string HullId { get; private set; } = string.Empty;

    public string? NotesPreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var vessel = await _vessels.GetAsync(id, ct);
        if (vessel is null || vessel.OwnerAccount != User.FindFirst("mooring_account")?.Value)
        {
            return NotFound();
        }

        HullId = vessel.HullId;
        Input = new VesselInput { Name = vessel.Name, Notes = vessel.Notes, WebsiteUrl = vessel.WebsiteUrl };
        NotesPreviewHtml = string.IsNullOrEmpty(vessel.Notes) ? null : _encoder.Encode(vessel.Notes).Replace("&#xA;", "<br />");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var owner = User.FindFirst("mooring_account")?.Value;
        if (owner is null)
        {
            return Forbid();
        }

        if (!string.IsNullOrWhiteSpace(Input.WebsiteUrl) && !Uri.TryCreate(Input.WebsiteUrl, UriKind.Absolute, out _))
        {
            ModelState.AddModelError("Input.WebsiteUrl", "Enter a full web address.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await _vessels.UpdateOwnerDetailsAsync(id, owner, Input.Name.Trim(), Input.Notes, Input.WebsiteUrl?.Trim(), ct);
        TempData["Flash"] = "Vessel details saved.";
        return RedirectToPage(new { id });
    }
}
