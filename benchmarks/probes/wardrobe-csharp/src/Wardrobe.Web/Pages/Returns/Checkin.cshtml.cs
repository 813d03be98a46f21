using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Pages.Returns;

[Authorize(Policy = "staff")]
public sealed class CheckinModel : PageModel
{
    private static readonly char[] PathCharacters = { '/', '\\' };

    private readonly RentalRepository _rentalRepository;
    private readonly RentalService _rentals;
    private readonly PhotoStorage _storage;
    private readonly ReturnNavigation _navigation;

    public CheckinModel(RentalRepository rentalRepository, RentalService rentals, PhotoStorage storage, ReturnNavigation navigation)
    {
        _rentalRepository = rentalRepository;
        _rentals = rentals;
        _storage = storage;
        _navigation = navigation;
    }

    public Rental? Rental { get; private set; }

    public IReadOnlyList<string> Attachments { get; private set; } = Array.Empty<string>();

    public async Task<IActionResult> OnGetAsync(int rentalId, CancellationToken ct)
    {
        Rental = await _rentalRepository.GetAsync(rentalId, ct);
        if (Rental is null)
        {
            return NotFound();
        }

        Attachments = _storage.ListAttachments(rentalId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int rentalId, string? conditionNote, int grade, string? next, CancellationToken ct)
    {
        var rental = await _rentalRepository.GetAsync(rentalId, ct);
        if (rental is null)
        {
            return NotFound();
        }

        await _rentals.MarkReturnedAsync(rentalId, ct);
        if (!string.IsNullOrWhiteSpace(conditionNote))
        {
            var inspection = new InspectionRequest { ConditionNote = conditionNote, Grade = grade };
            await _rentals.RequestInspectionAsync(rentalId, inspection, User.Identity?.Name ?? "returns-desk", ct);
        }

        return Redirect(_navigation.Resolve(next)); // VULN redirect
    }

    public async Task<IActionResult> OnPostUploadAsync(int rentalId, IFormFile attachment, CancellationToken ct)
    {
        if (attachment is null || attachment.Length == 0)
        {
            return RedirectToPage(new { rentalId });
        }

        await _storage.SaveAttachmentAsync(rentalId, attachment, ct);
        return RedirectToPage(new { rentalId });
    }

    public async Task<IActionResult> OnGetDownloadAsync(int rentalId, string name, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(name) || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(PathCharacters) >= 0)
        {
            return BadRequest();
        }

        var content = await _storage.ReadAttachmentAsync(rentalId, name, ct);
        return content is null ? NotFound() : File(content, "application/octet-stream", name);
    }

    public IActionResult OnPostDeleteAttachment(int rentalId, string fileName)
    {
        if (!string.IsNullOrEmpty(fileName))
        {
            _storage.DeleteAttachment(rentalId, fileName);
        }

        return RedirectToPage(new { rentalId });
    }
}
