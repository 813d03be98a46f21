using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Data;
using Palletwise.Models;

namespace Palletwise.Pages.Receiving;

[Authorize(Roles = "receiving,supervisor")]
public class NoteModel : PageModel
{
    private readonly PalletwiseDbContext _db;
    private readonly InventoryRepository _inventory;
    private readonly PalletwiseOptions _options;

    public NoteModel(PalletwiseDbContext db, InventoryRepository inventory, IOptions<PalletwiseOptions> options)
    {
        _db = db;
        _inventory = inventory;
        _options = options.Value;
    }

    [BindProperty(SupportsGet = true)]
    public int ReceiptId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public Receipt? Receipt { get; private set; }

    public string? Highlight { get; private set; }

    public string BannerHtml { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? highlight)
    {
        Receipt = await _db.Receipts.FindAsync(ReceiptId);
        if (Receipt is null)
        {
            return NotFound();
        }

        Highlight = highlight;
        BannerHtml = _options.PortalBannerHtml;
        Note = Receipt.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await _inventory.SaveReceiptNoteAsync(ReceiptId, Note ?? string.Empty);

        if (Attachment is { Length: > 0 })
        {
            var directory = Path.Combine(_options.UploadRoot, "receipts", ReceiptId.ToString());
            Directory.CreateDirectory(directory);
            await using var target = new FileStream(Path.Combine(directory, Attachment.FileName), FileMode.Create); // VULN path
            await Attachment.CopyToAsync(target);
        }

        return RedirectToPage(new { ReceiptId });
    }
}
