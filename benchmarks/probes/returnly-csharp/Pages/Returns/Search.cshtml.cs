using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Returnly.Pages.Returns;

[Authorize(Policy = "Staff")]
public sealed class SearchModel(ReturnRepository returns) : PageModel
{
    public string? Q { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public string HighlightedQuery { get; private set; } = "";

    public IReadOnlyList<ReturnAuthorization> Results { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        if (string.IsNullOrEmpty(Q)) return;
        HighlightedQuery = $"<mark>{Q}</mark>";
        if (RmaNumber.IsValid(Q))
        {
            Results = await returns.GetByNumberAsync(Q, ct) is { } single ? [single] : [];
        }
        else if (Q.Length >= 3)
        {
            Results = await returns.SearchByCustomerAsync(Q, Status, ct);
        }
    }
}
