using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Domain;
using Oakharbor.Services;

namespace Oakharbor.Pages.Leases;

public class DetailsModel : PageModel
{
    private readonly LeaseService _leases;

    public DetailsModel(LeaseService leases)
    {
        _leases = leases;
    }

    public Lease Lease { get; private set; } = default!;
    public Berth Berth { get; private set; } = default!;
    public Vessel Vessel { get; private set; } = default!;
    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        IsStaff = User.IsInRole("harbour-master") || User.IsInRole("dockhand");
        var loaded = await _leases.LoadForViewerAsync(id, User.FindFirst("mooring_account")?.Value, IsStaff, ct);
        if (loaded is null)
        {
            return NotFound();
        }

        (Lease, Berth, Vessel) = loaded.Value;
        return Page();
    }
}
