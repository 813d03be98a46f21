using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Data;
using Oakharbor.Domain;

namespace Oakharbor.Pages;

[Authorize]
public class IndexModel : PageModel
{
    private readonly IVesselRepository _vessels;

    public IndexModel(IVesselRepository vessels)
    {
        _vessels = vessels;
    }

    public IReadOnlyList<Vessel> Vessels { get; private set; } = Array.Empty<Vessel>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var account = User.FindFirst("mooring_account")?.Value;
        if (account is not null)
        {
            Vessels = await _vessels.ForOwnerAsync(account, ct);
        }
    }
}
