using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permitly.Web.Data;
using Permitly.Web.Models;
using Permitly.Web.Utilities;

namespace Permitly.Web.Pages.Permits;

public sealed class DetailsModel(PermitRepository permits, FeeRepository fees) : PageModel
{
    public Permit Permit { get; private set; } = default!;
    public decimal Balance { get; private set; }
    public string? SearchBannerHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? q, CancellationToken ct)
    {
        var permit = await permits.GetAsync(id, ct);
        if (permit is null)
            return NotFound();

        Permit = permit;
        Balance = await fees.BalanceAsync(permit.Number);

        if (!string.IsNullOrWhiteSpace(q))
            SearchBannerHtml = HtmlFragments.SearchBanner(q.Trim(), HtmlFragments.CountOccurrences(permit.Description, q.Trim()));

        return Page();
    }
}
