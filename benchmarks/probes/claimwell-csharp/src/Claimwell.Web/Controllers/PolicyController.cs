using System.Security.Claims;
using System.Text.Encodings.Web;
using Claimwell.Web.Data;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Controllers;

[Authorize]
[Route("policies")]
public sealed class PolicyController : Controller
{
    private readonly PolicyRepository _policies;
    private readonly ClaimRepository _claims;
    private readonly ProductCatalog _catalog;
    private readonly PolicyPresenter _presenter;
    private readonly BordereauImportService _bordereaux;
    private readonly ILogger<PolicyController> _logger;

    public PolicyController(
        PolicyRepository policies,
        ClaimRepository claims,
        ProductCatalog catalog,
        PolicyPresenter presenter,
        BordereauImportService bordereaux,
        ILogger<PolicyController> logger)
    {
        _policies = policies;
        _claims = claims;
        _catalog = catalog;
        _presenter = presenter;
        _bordereaux = bordereaux;
        _logger = logger;
    }

    [HttpGet("")]
    public async Task<IActionResult> Search(string? lastName, string? sort, int page = 1, CancellationToken ct = default)
    {
        var results = await _policies.SearchByHolderAsync(lastName, sort, page, ct);
        return View(new PolicySearchViewModel { LastName = lastName, Sort = sort, Page = page, Results = results });
    }

    [HttpGet("lookup")]
    public async Task<IActionResult> Lookup(string email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return RedirectToAction(nameof(Search));
        }

        var policy = await _policies.FindByHolderEmailAsync(email, ct);
        if (policy is null)
        {
            TempData["Flash"] = "No active policy was found for that e-mail address.";
            return RedirectToAction(nameof(Search));
        }

        return RedirectToAction(nameof(Details), new { id = policy.Id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var policy = await _policies.GetAsync(id, ct);
        if (policy is null)
        {
            return NotFound();
        }

        var claims = await _claims.ByPolicyAsync(policy.PolicyNumber, ct);
        var coverage = InputRules.IsProductCode(policy.ProductCode) ? _catalog.GetCoverage(policy.ProductCode) : null;

        return View(new PolicyDetailsViewModel
        {
            Policy = policy,
            CoverageSummaryHtml = _presenter.BuildCoverageSummary(policy, coverage),
            Claims = claims.Select(ClaimSummaryDto.From).ToList()
        });
    }

    [HttpPost("{id:guid}/endorsements")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddEndorsement(Guid id, [FromForm] string note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
        {
            TempData["Flash"] = "Endorsement notes must be between 1 and 2000 characters.";
            return RedirectToAction(nameof(Details), new { id });
        }

        var author = HtmlEncoder.Default.Encode(User.Identity?.Name ?? "unknown");
        var entry = $"<p class=\"endorsement\"><strong>{author}</strong> <time>{DateTime.UtcNow:yyyy-MM-dd}</time> {note.Trim()}</p>";
        await _policies.AppendEndorsementAsync(id, entry, ct);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(50_000_000)]
    public async Task<IActionResult> Import(IFormFile file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            TempData["Flash"] = "Choose a bordereau file to import.";
            return RedirectToAction(nameof(Search));
        }

        if (!Guid.TryParse(User.FindFirstValue("broker_id"), out var brokerId))
        {
            return Forbid();
        }

        await using var stream = file.OpenReadStream();
        var result = await _bordereaux.ImportUploadAsync(file.FileName, stream, brokerId, ct);
        _logger.LogInformation("Bordereau {File} imported by {User}", file.FileName, User.Identity?.Name);
        TempData["Flash"] = $"Imported {result.Created} new and {result.Updated} updated policies ({result.Rejected} rejected).";
        return RedirectToAction(nameof(Search));
    }
}
