using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rampwise.Web.Data;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Pages.Stands;

public record StandSlot(string Stand, string FlightNumber, string TailNumber, string AircraftType, DateTime OnBlockUtc, DateTime OffBlockUtc, string Status);

[Authorize]
public class BoardModel : PageModel
{
    private readonly RampwiseDbContext _db;

    public BoardModel(RampwiseDbContext db)
    {
        _db = db;
    }

    [BindProperty(SupportsGet = true)]
    public string? Highlight { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pier { get; set; }

    public string Station { get; private set; } = "AMS";

    public IReadOnlyList<StandSlot> Slots { get; private set; } = Array.Empty<StandSlot>();

    public IReadOnlyList<string> Stands { get; private set; } = Array.Empty<string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Station = User.FindFirst("station")?.Value ?? "AMS";
        var from = DateTime.UtcNow.AddHours(-2);
        var to = DateTime.UtcNow.AddHours(6);

        var query = _db.Turnarounds.AsNoTracking()
            .Where(t => t.Station == Station && t.ScheduledOffBlockUtc >= from && t.ScheduledOnBlockUtc <= to && t.Status != TurnaroundStatus.Cancelled);

        if (!string.IsNullOrEmpty(Pier))
        {
            query = query.Where(t => t.Stand.StartsWith(Pier));
        }

        Slots = await query
            .OrderBy(t => t.Stand).ThenBy(t => t.ScheduledOnBlockUtc)
            .Select(t => new StandSlot(t.Stand, t.FlightNumber, t.TailNumber, t.AircraftType, t.ScheduledOnBlockUtc, t.ScheduledOffBlockUtc, t.Status.ToString()))
            .ToListAsync(ct);

        Stands = Slots.Select(s => s.Stand).Distinct().ToList();
    }
}
