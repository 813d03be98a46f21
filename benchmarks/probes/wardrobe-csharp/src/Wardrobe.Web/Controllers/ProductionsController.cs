using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Wardrobe.Web.Data;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Jobs;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[Route("productions")]
[Authorize(Policy = "staff")]
public sealed class ProductionsController : Controller
{
    private readonly WardrobeDbContext _db;
    private readonly RentalRepository _rentals;
    private readonly CostumeRepository _costumes;
    private readonly ArchiveService _archives;
    private readonly ISchedulerFactory _schedulerFactory;
    private readonly ILogger<ProductionsController> _logger;

    public ProductionsController(
        WardrobeDbContext db,
        RentalRepository rentals,
        CostumeRepository costumes,
        ArchiveService archives,
        ISchedulerFactory schedulerFactory,
        ILogger<ProductionsController> logger)
    {
        _db = db;
        _rentals = rentals;
        _costumes = costumes;
        _archives = archives;
        _schedulerFactory = schedulerFactory;
        _logger = logger;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var current = await _db.Productions.AsNoTracking()
            .Where(p => p.ArchivedAt == null)
            .OrderBy(p => p.OpeningNight)
            .ToListAsync(ct);
        return View(current);
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details([FromRoute] string slug, CancellationToken ct)
    {
        var production = await _db.Productions.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (production is null)
        {
            return NotFound();
        }

        var rentals = await _rentals.FindForProductionCostumesAsync(production.Title, ct);
        var costumes = await _costumes.GetManyAsync(rentals.Select(r => r.CostumeId).Distinct().ToList(), ct);
        return View(new ProductionDetailsViewModel
        {
            Production = production,
            Rentals = rentals,
            Costumes = costumes,
            StatusMessage = TempData["Status"] as string,
        });
    }

    [HttpPost("{slug}/notes")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> UpdateNotes([FromRoute] string slug, [FromForm] ProductionNotesForm form, CancellationToken ct)
    {
        var production = await _db.Productions.FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (production is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(form.ProgrammeUrl) && !Uri.IsWellFormedUriString(form.ProgrammeUrl, UriKind.RelativeOrAbsolute))
        {
            TempData["Status"] = "The programme link doesn't look like a web address.";
            return RedirectToAction(nameof(Details), new { slug });
        }

        production.DirectorNotes = form.DirectorNotes;
        production.ProgrammeUrl = string.IsNullOrWhiteSpace(form.ProgrammeUrl) ? null : form.ProgrammeUrl.Trim();
        await _db.SaveChangesAsync(ct);
        TempData["Status"] = "Notes saved.";
        return RedirectToAction(nameof(Details), new { slug });
    }

    [HttpPost("{id:int}/archive")]
    [Authorize(Policy = "manager")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Archive([FromRoute] int id, [FromForm] ArchiveForm form, CancellationToken ct)
    {
        var production = await _db.Productions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (production is null)
        {
            return NotFound();
        }

        var data = new JobDataMap();
        data.Put(ProductionArchiveJob.ProductionIdKey, production.Id);
        data.Put(ProductionArchiveJob.ArchiveNameKey, form.ArchiveName.Trim());
        data.Put(ProductionArchiveJob.IncludePhotosKey, form.IncludePhotos);

        var scheduler = await _schedulerFactory.GetScheduler(ct);
        await scheduler.TriggerJob(ProductionArchiveJob.Key, data, ct);
        _logger.LogInformation("Archive of {Slug} queued by {User}", production.Slug, User.Identity?.Name);

        TempData["Status"] = "Archiving has started; the folder will be read-only when it finishes.";
        return RedirectToAction(nameof(Details), new { slug = production.Slug });
    }

    [HttpPost("{id:int}/restore")]
    [Authorize(Policy = "manager")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Restore([FromRoute] int id, [FromForm] string archiveName, CancellationToken ct)
    {
        var production = await _db.Productions.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (production is null)
        {
            return NotFound();
        }

        try
        {
            await _archives.RestoreAsync(production.Slug, archiveName, ct);
            production.ArchivedAt = null;
            await _db.SaveChangesAsync(ct);
            TempData["Status"] = "Production folder restored.";
        }
        catch (Exception ex) when (ex is ArgumentException or FileNotFoundException)
        {
            TempData["Status"] = ex.Message;
        }

        return RedirectToAction(nameof(Details), new { slug = production.Slug });
    }
}
