using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Data;
using Permitly.Web.Jobs;
using Permitly.Web.Models;
using Permitly.Web.Services;
using Permitly.Web.Utilities;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/permits")]
public sealed class PermitApplicationsController(PermitRepository permits, FeeFormulaService fees, ArchiveJobService archives) : ControllerBase
{
    [HttpGet("search")]
    public async Task<ActionResult<List<Permit>>> Search([FromQuery] PermitSearchCriteria criteria, CancellationToken ct)
    {
        if (criteria.ParcelId is null && criteria.ApplicantName is null && criteria.SubmittedAfter is null)
            return BadRequest("Provide at least one search criterion.");
        return await permits.SearchAsync(criteria, ct);
    }

    [HttpGet("district/{districtId:int}")]
    public async Task<ActionResult<List<Permit>>> ByDistrict([FromRoute] int districtId, [FromQuery] string? sort, CancellationToken ct)
    {
        var orderColumn = PermitQueryHelpers.ResolveSortColumn(sort);
        return await permits.ListByDistrictAsync(districtId, orderColumn, ct);
    }

    [HttpGet("report")]
    public async Task<ActionResult<List<Permit>>> Report(CancellationToken ct)
    {
        var expression = Request.Query["where"].ToString();
        return await permits.FilterAsync(string.IsNullOrWhiteSpace(expression) ? PermitQueryHelpers.DefaultReportExpression : expression, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Submit([FromBody] PermitApplicationRequest request, CancellationToken ct)
    {
        var permit = await permits.CreateAsync(request, ct);
        var estimate = fees.BaseFee(permit.Type, permit.SquareFeet);
        if (!string.IsNullOrWhiteSpace(request.CallbackUrl))
            BackgroundJob.Enqueue<StatusWebhookNotifier>(n => n.NotifyAsync(request.CallbackUrl, permit.Number, permit.Status));
        return Ok(new { permit.Id, permit.Number, estimatedFee = estimate });
    }

    [HttpPost("{id:int}/status")]
    [Authorize(Roles = "staff")]
    public async Task<IActionResult> ChangeStatus([FromRoute] int id, [FromForm] string status, CancellationToken ct)
    {
        if (!Enum.TryParse<PermitStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            return BadRequest($"Unknown status '{status}'.");
        return await permits.UpdateStatusAsync(id, parsed, ct) ? NoContent() : NotFound();
    }

    [HttpPost("archive/{year:int}/{month:int}")]
    [Authorize(Roles = "records")]
    public IActionResult Archive([FromRoute] int year, [FromRoute] int month)
    {
        if (year < 2000 || month is < 1 or > 12)
            return BadRequest();
        var jobId = BackgroundJob.Enqueue(() => archives.ArchiveMonth(year, month));
        return Accepted(new { jobId });
    }
}
