using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampwise.Web.Jobs;
using Rampwise.Web.Models;
using Rampwise.Web.Services;

namespace Rampwise.Web.Controllers;

[Authorize(Roles = "TeamLead,Dispatcher")]
[Route("sla")]
public class SlaReportsController : RampwiseControllerBase
{
    private readonly ISlaReportService _reports;
    private readonly ReportStorage _storage;
    private readonly IBackgroundJobClient _jobs;

    public SlaReportsController(ISlaReportService reports, ReportStorage storage, IBackgroundJobClient jobs)
    {
        _reports = reports;
        _storage = storage;
        _jobs = jobs;
    }

    [HttpPost("generate")]
    [ValidateAntiForgeryToken]
    public IActionResult Generate([FromForm] SlaReportRequest request)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var jobId = _jobs.Enqueue<SlaReportJob>(job => job.RunAsync(request.Airline.ToUpperInvariant(), request.Year, request.Month, request.PaperSize, CancellationToken.None));
        TempData["Info"] = $"SLA report for {request.Airline} {request.Year}-{request.Month:D2} queued (job {jobId}).";
        return RedirectToAction("Index", "Turnarounds");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken ct)
    {
        var model = await _reports.GetViewModelAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("breaches")]
    public async Task<IActionResult> Breaches([FromQuery] string airline, [FromQuery] int year, [FromQuery] int month, [FromQuery] int? target, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(airline) || month is < 1 or > 12)
        {
            return BadRequest();
        }

        var rows = await _reports.BreachListAsync(airline, year, month, target, ct);
        return Json(rows);
    }

    [HttpGet("download")]
    public IActionResult Download([FromQuery] string file)
    {
        try
        {
            var stream = _storage.OpenReport(file);
            var contentType = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html" : "application/pdf";
            return File(stream, contentType, Path.GetFileName(file));
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }
}
