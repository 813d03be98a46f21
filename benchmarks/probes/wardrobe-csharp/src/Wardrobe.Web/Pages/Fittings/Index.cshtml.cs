using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Pages.Fittings;

[Authorize(Policy = "staff")]
public sealed class IndexModel : PageModel
{
    private readonly WardrobeDbContext _db;
    private readonly PhotoStorage _photos;
    private readonly ILogger<IndexModel> _logger;

    public IndexModel(WardrobeDbContext db, PhotoStorage photos, ILogger<IndexModel> logger)
    {
        _db = db;
        _photos = photos;
        _logger = logger;
    }

    public Production? Production { get; private set; }

    public IReadOnlyList<Fitting> Fittings { get; private set; } = Array.Empty<Fitting>();

    public IReadOnlyDictionary<int, string> CostumeNames { get; private set; } = new Dictionary<int, string>();

    public string? StatusMessage { get; private set; }

    public string? NotesPreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int productionId, CancellationToken ct)
    {
        return await LoadAsync(productionId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostBookAsync(int productionId, string actorName, int costumeId, DateTime scheduledFor, string? notes, CancellationToken ct)
    {
        if (!await LoadAsync(productionId, ct))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(actorName))
        {
            ModelState.AddModelError(nameof(actorName), "Who is the fitting for?");
            return Page();
        }

        var fitting = new Fitting
        {
            ProductionId = productionId,
            CostumeId = costumeId,
            ActorName = actorName.Trim(),
            ScheduledFor = DateTime.SpecifyKind(scheduledFor, DateTimeKind.Utc),
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            BookedBy = User.Identity?.Name ?? "wardrobe",
        };

        _db.Fittings.Add(fitting);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Fitting {FittingId} booked for production {ProductionId}", fitting.Id, productionId);

        StatusMessage = $"Fitting booked for {fitting.ActorName} on {fitting.ScheduledFor:ddd d MMM 'at' HH:mm}.";
        NotesPreviewHtml = fitting.Notes is null ? null : HtmlEncoder.Default.Encode(fitting.Notes).Replace("&#xA;", "<br />");

        await LoadAsync(productionId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReferencePhotoAsync(int productionId, int fittingId, string photoUrl, CancellationToken ct)
    {
        var fitting = await _db.Fittings.FirstOrDefaultAsync(f => f.Id == fittingId && f.ProductionId == productionId, ct);
        if (fitting is null)
        {
            return NotFound();
        }

        try
        {
            fitting.ReferencePhoto = await _photos.ImportFromUrlAsync($"fitting-{fitting.Id}", photoUrl, ct);
            await _db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or InvalidOperationException)
        {
            _logger.LogWarning(ex, "Reference photo import failed for fitting {FittingId}", fittingId);
            TempData["PhotoError"] = "That picture could not be downloaded.";
        }

        return RedirectToPage(new { productionId });
    }

    private async Task<bool> LoadAsync(int productionId, CancellationToken ct)
    {
        Production = await _db.Productions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productionId, ct);
        if (Production is null)
        {
            return false;
        }

        Fittings = await _db.Fittings.AsNoTracking()
            .Where(f => f.ProductionId == productionId)
            .OrderBy(f => f.ScheduledFor)
            .ToListAsync(ct);

        var costumeIds = Fittings.Select(f => f.CostumeId).Distinct().ToList();
        CostumeNames = await _db.Costumes.AsNoTracking()
            .Where(c => costumeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return true;
    }
}
