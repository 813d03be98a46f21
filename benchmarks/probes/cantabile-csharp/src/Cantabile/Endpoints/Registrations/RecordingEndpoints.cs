using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Endpoints.Registrations;

[Authorize]
public sealed class SubmitRecording : EndpointBaseAsync
    .WithRequest<SubmitRecordingRequest>
    .WithActionResult
{
    private readonly IRegistrationService _service;

    public SubmitRecording(IRegistrationService service)
    {
        _service = service;
    }

    [HttpPost("/api/registrations/{id:int}/recording")]
    public override async Task<ActionResult> HandleAsync([FromRoute] SubmitRecordingRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Body.SourceUrl))
        {
            return BadRequest(new { error = "sourceUrl is required" });
        }

        var accepted = await _service.SubmitRecordingAsync(request.RegistrationId, request.Body);
        return accepted ? Accepted(new { request.RegistrationId, status = "queued" }) : NotFound();
    }
}

[Authorize]
public sealed class WithdrawRecording : EndpointBaseAsync
    .WithRequest<WithdrawRecordingRequest>
    .WithActionResult
{
    private readonly IRegistrationService _service;

    public WithdrawRecording(IRegistrationService service)
    {
        _service = service;
    }

    [HttpDelete("/api/registrations/{id:int}/recording")]
    public override async Task<ActionResult> HandleAsync([FromRoute] WithdrawRecordingRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.FileName))
        {
            return BadRequest(new { error = "file is required" });
        }

        return await _service.WithdrawRecordingAsync(request.RegistrationId, request.FileName) ? NoContent() : NotFound();
    }
}
