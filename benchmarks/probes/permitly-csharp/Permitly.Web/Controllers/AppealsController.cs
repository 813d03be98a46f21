using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;
using Permitly.Web.Data;
using Permitly.Web.Models;
using Permitly.Web.Security;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/appeals")]
public sealed class AppealsController(AppealDocumentStore appeals, TokenService tokens, ILogger<AppealsController> logger) : ControllerBase
{
    private static readonly HashSet<string> Outcomes = new(StringComparer.OrdinalIgnoreCase) { "upheld", "overturned", "modified", "dismissed" };

    [HttpGet("by-appellant")]
    public async Task<IActionResult> ByAppellant([FromQuery] string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 120)
            return BadRequest();
        return Content((await appeals.FindByAppellantAsync(name.Trim())).ToJson(), "application/json");
    }

    [HttpPost("search")]
    public async Task<IActionResult> Search([FromBody] AppealSearchRequest request) =>
        Content((await appeals.SearchAsync(request.PermitNumber, request.Ground, request.Page)).ToJson(), "application/json");

    [HttpGet("overdue")]
    public async Task<IActionResult> OverdueHearings() =>
        Content((await appeals.FindOverdueHearingsAsync()).ToJson(), "application/json");

    [HttpPost("{appealId:length(24)}/decision")]
    public async Task<IActionResult> Decide(
        [FromRoute] string appealId,
        [FromHeader(Name = "X-Board-Token")] string? boardToken,
        [FromBody] AppealDecisionRequest decision)
    {
        var member = tokens.ReadBoardMember(boardToken);
        if (member is not { IsBoardMember: true })
            return Forbid();
        if (!Outcomes.Contains(decision.Outcome))
            return BadRequest($"Outcome must be one of: {string.Join(", ", Outcomes)}.");

        await appeals.RecordDecisionAsync(appealId, decision.Outcome.ToLowerInvariant(), decision.Reasoning, member.Subject ?? "board");
        logger.LogInformation("Appeal {Appeal} decided by {Member}: {Outcome}", appealId, member.Subject, decision.Outcome);
        return NoContent();
    }

    [HttpPost("{appealId:length(24)}/withdraw")]
    public async Task<IActionResult> Withdraw([FromRoute] string appealId, [FromHeader(Name = "X-Staff-Token")] string? staffToken)
    {
        var staff = tokens.ValidateStaffToken(staffToken);
        if (staff is null || !staff.IsInRole("appeals-clerk"))
            return Forbid();
        await appeals.RecordDecisionAsync(appealId, "withdrawn", "Withdrawn at appellant's request", staff.Identity?.Name ?? "clerk");
        return NoContent();
    }
}
