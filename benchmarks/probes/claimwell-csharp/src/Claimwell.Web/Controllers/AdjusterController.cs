using Claimwell.Web.Data;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Controllers;

[Authorize(Policy = "Adjuster")]
[Route("adjuster")]
public sealed class AdjusterController : Controller
{
    private readonly AuditStore _audit;
    private readonly BrokerDirectoryService _directory;
    private readonly AssessorClient _assessors;

    public AdjusterController(AuditStore audit, BrokerDirectoryService directory, AssessorClient assessors)
    {
        _audit = audit;
        _directory = directory;
        _assessors = assessors;
    }

    [HttpGet("")]
    public IActionResult Board() => View();

    [HttpGet("claims/{id:guid}")]
    public IActionResult ClaimDetail(Guid id) => View(id);

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(string? actor, string? claimRef, CancellationToken ct)
    {
        var entries = string.IsNullOrWhiteSpace(actor) && string.IsNullOrWhiteSpace(claimRef)
            ? new List<AuditEntry>()
            : await _audit.SearchAsync(actor?.Trim(), claimRef?.Trim(), ct);

        return View(new AuditSearchViewModel { Actor = actor, ClaimReference = claimRef, Entries = entries });
    }

    [HttpGet("audit/claims/{reference}")]
    public async Task<IActionResult> AuditForClaim(string reference, CancellationToken ct)
    {
        var entries = await _audit.ByClaimAsync(reference, ct);
        return View(nameof(Audit), new AuditSearchViewModel { ClaimReference = reference, Entries = entries });
    }

    [HttpGet("people")]
    public IActionResult People(string q)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length < 2)
        {
            return Json(Array.Empty<DirectoryPerson>());
        }

        return Json(_directory.SearchPeople(q.Trim()));
    }

    [HttpGet("assessments/{reference}")]
    public async Task<IActionResult> Assessment(string reference, CancellationToken ct)
    {
        var report = await _assessors.GetReportAsync(reference, ct);
        return report is null ? NotFound() : Json(report);
    }
}
