using Larderline.Contracts;
using Larderline.Domain;
using Larderline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;

namespace Larderline.Controllers;

[Authorize]
[Route("donations")]
public sealed class DonationsController(DonationIntakeService intake, ILogger<DonationsController> logger) : Controller
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? donor, [FromQuery] DonationCategory? category, [FromQuery] DateOnly? since, CancellationToken ct)
    {
        var filter = new DonationSearchFilter(donor, category, since);
        var results = await intake.SearchAsync(filter, ct);
        var items = results
            .Select(d => new DonationListItem(d.Id, d.DonorName, d.Category, d.Quantity, d.WeightKg, d.ReceivedAt, d.Status))
            .ToList();
        return View(new DonationIndexViewModel(filter, items, new DonationIntakeForm()));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await intake.GetDetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Create([FromForm] DonationIntakeForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            var recent = await intake.SearchAsync(new DonationSearchFilter(null, null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7))), ct);
            var items = recent.Select(d => new DonationListItem(d.Id, d.DonorName, d.Category, d.Quantity, d.WeightKg, d.ReceivedAt, d.Status)).ToList();
            return View("Index", new DonationIndexViewModel(new DonationSearchFilter(null, null, null), items, form));
        }

        try
        {
            var donation = await intake.RecordAsync(form, User.Identity?.Name ?? "unknown", ct);
            TempData["Flash"] = $"Donation #{donation.Id} recorded.";
            return RedirectToAction(nameof(Details), new { id = donation.Id });
        }
        catch (InvalidOperationException ex)
        {
            logger.LogInformation("Duplicate receipt rejected: {Message}", ex.Message);
            ModelState.AddModelError(nameof(DonationIntakeForm.ReceiptScan), ex.Message);
            return View("Index", new DonationIndexViewModel(new DonationSearchFilter(null, null, null), Array.Empty<DonationListItem>(), form));
        }
    }

    [HttpGet("receipts")]
    public IActionResult Receipt([FromQuery] string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return BadRequest();
        }

        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        try
        {
            return File(intake.OpenReceipt(file), contentType, enableRangeProcessing: true);
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }
}
