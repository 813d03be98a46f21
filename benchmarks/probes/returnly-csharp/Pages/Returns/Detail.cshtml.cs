using Microsoft.AspNetCore.Mvc.RazorPages;
using MongoDB.Bson;

namespace Returnly.Pages.Returns;

[Authorize(Policy = "Staff")]
public sealed class DetailModel(ReturnRepository returns, AuditLogStore audit) : PageModel
{
    public ReturnAuthorization? Rma { get; private set; }

    [BindProperty]
    public string? InternalComment { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string rmaNumber, CancellationToken ct)
    {
        Rma = RmaNumber.IsValid(rmaNumber) ? await returns.GetByNumberAsync(rmaNumber, ct) : null;
        return Rma is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostCommentAsync([FromRoute] string rmaNumber)
    {
        if (!RmaNumber.IsValid(rmaNumber)) return NotFound();
        if (!string.IsNullOrWhiteSpace(InternalComment))
        {
            await audit.AppendAsync(rmaNumber, User.Identity?.Name ?? "staff", "comment", new BsonDocument("text", InternalComment.Trim()));
        }
        return RedirectToPage(new { rmaNumber });
    }
}
