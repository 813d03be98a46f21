using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quayside.Api.Domain;
using Quayside.Api.Services;

namespace Quayside.Api.Pages.BackOffice;

[Authorize(Policy = "Rostering")]
public sealed class CrewNotesModel : PageModel
{
    private readonly CrewService _crew;

    public CrewNotesModel(CrewService crew)
    {
        _crew = crew;
    }

    [BindProperty(SupportsGet = true)]
    public int CrewId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public CrewNote? Pinned { get; private set; }

    public IReadOnlyList<CrewNote> Earlier { get; private set; } = Array.Empty<CrewNote>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var notes = await _crew.NotesAsync(CrewId, ct);
        Pinned = notes.FirstOrDefault();
        Earlier = notes.Skip(1).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            ModelState.AddModelError(nameof(Body), "Write something first.");
            await OnGetAsync(ct);
            return Page();
        }

        await _crew.AddNoteAsync(CrewId, User.Identity?.Name ?? "unknown", Body, ct);

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return Redirect(ReturnUrl); // SAFE redirect
        }

        return RedirectToPage(new { crewId = CrewId });
    }
}
