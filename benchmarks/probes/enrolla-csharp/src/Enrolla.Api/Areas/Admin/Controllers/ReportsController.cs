using System.Text;
using System.Text.Encodings.Web;
using Enrolla.Api.Areas.Admin.Models;
using Enrolla.Core.Services;
using Enrolla.Core.Util;
using Enrolla.Data.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enrolla.Api.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = "Caseworker")]
public sealed class ReportsController(SchoolRepository schools, ReportExportService exports, HtmlEncoder encoder) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] string la, [FromQuery] string? notice)
    {
        var list = (await schools.ByAuthorityAsync(la)).ToList();
        var summary = new StringBuilder("<ul class=\"summary\">");
        foreach (var group in list.GroupBy(s => s.Phase))
            summary.Append($"<li>{encoder.Encode(group.Key.ToString())}: {group.Sum(s => s.Capacity)} places across {group.Count()} schools</li>");
        summary.Append("</ul>");
        return View(new ReportsViewModel { LocalAuthority = la, Notice = notice, Schools = list, SummaryHtml = summary.ToString() });
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Export([FromForm] string urn, [FromForm] string round, [FromQuery] string? returnUrl, CancellationToken ct)
    {
        if (!InputRules.IsUrn(urn))
            return BadRequest();
        var file = await exports.ExportOfferRoundAsync(urn, round, ct);
        TempData["export"] = Path.GetFileName(file);
        if (!string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/'))
        {
            return Redirect(returnUrl); // VULN redirect
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    [Authorize(Roles = "admissions-admin")]
    public async Task<IActionResult> Snapshot([FromQuery] string? returnUrl, CancellationToken ct)
    {
        var exitCode = await exports.SnapshotSchemaAsync(ct);
        TempData["snapshot"] = exitCode == 0 ? "Schema snapshot written." : $"Snapshot failed ({exitCode}).";
        return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : RedirectToAction(nameof(Index)); // SAFE redirect
    }
}
