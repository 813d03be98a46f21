using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Messaging;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/enrolments")]
[EnableCors(CorsSetup.PortalPolicy)]
public sealed class EnrolmentsController : RollcallControllerBase
{
    private const long MaxTranscriptBytes = 2 * 1024 * 1024;

    private readonly IPublishEndpoint _publish;
    private readonly EnrolmentService _enrolments;

    public EnrolmentsController(IPublishEndpoint publish, EnrolmentService enrolments)
    {
        _publish = publish;
        _enrolments = enrolments;
    }

    [HttpPost]
    [Authorize(Policy = AuthSetup.GuardianPolicy)]
    public async Task<IActionResult> Submit([FromHeader(Name = "X-School-Id")] int schoolId, [FromBody] JsonElement form, CancellationToken ct)
    {
        if (form.ValueKind != JsonValueKind.Object)
        {
            return BadRequest(new { error = "The form must be a JSON object." });
        }

        var submissionId = Guid.NewGuid();
        var email = User.FindFirst("email")?.Value ?? string.Empty;
        await _publish.Publish(new EnrolmentSubmitted(submissionId, schoolId, email, form.GetRawText(), DateTimeOffset.UtcNow), ct);
        return Accepted(new { submissionId });
    }

    [HttpPost("{submissionId:guid}/transcript")]
    [Authorize(Policy = AuthSetup.GuardianPolicy)]
    [RequestSizeLimit(MaxTranscriptBytes + 64 * 1024)]
    public async Task<IActionResult> UploadTranscript(
        [FromRoute] Guid submissionId,
        [FromForm] string sourceDistrict,
        [FromForm] IFormFile transcript,
        CancellationToken ct)
    {
        if (transcript.Length == 0 || transcript.Length > MaxTranscriptBytes)
        {
            return BadRequest(new { error = "Transcripts must be XML files under 2 MB." });
        }

        using var reader = new StreamReader(transcript.OpenReadStream());
        var xml = await reader.ReadToEndAsync(ct);
        await _publish.Publish(new TranscriptReceived(submissionId, sourceDistrict, xml), ct);
        return Accepted();
    }

    [HttpGet("pending")]
    [Authorize(Policy = AuthSetup.RegistrarPolicy)]
    public async Task<ActionResult<IReadOnlyList<Enrolment>>> Pending([FromHeader(Name = "X-School-Id")] int schoolId, CancellationToken ct)
    {
        return Ok(await _enrolments.ListPendingAsync(schoolId, ct));
    }

    [HttpPost("{id:guid}/decision")]
    [Authorize(Policy = AuthSetup.RegistrarPolicy)]
    public async Task<IActionResult> Decide([FromRoute] Guid id, [FromQuery] bool approve, CancellationToken ct)
    {
        return await _enrolments.DecideAsync(id, approve, ct) ? NoContent() : NotFound();
    }
}
