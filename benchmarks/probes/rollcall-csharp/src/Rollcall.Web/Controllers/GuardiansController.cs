using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/guardians")]
public sealed class GuardiansController : RollcallControllerBase
{
    private readonly GuardianService _guardians;
    private readonly DocumentStore _documents;
    private readonly TokenService _tokens;

    public GuardiansController(GuardianService guardians, DocumentStore documents, TokenService tokens)
    {
        _guardians = guardians;
        _documents = documents;
        _tokens = tokens;
    }

    [HttpGet]
    [Authorize(Policy = AuthSetup.StaffPolicy)]
    public async Task<ActionResult<IReadOnlyList<GuardianSummary>>> Search(
        [FromHeader(Name = "X-School-Id")] string schoolId,
        [FromQuery] string surname,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(surname))
        {
            return BadRequest(new { error = "Surname is required." });
        }

        var guardians = await _guardians.SearchBySurnameAsync(schoolId, surname, ct);
        return Ok(guardians.Select(GuardianSummary.From).ToList());
    }

    [HttpGet("by-email")]
    [Authorize(Policy = AuthSetup.StaffPolicy)]
    public async Task<ActionResult<GuardianSummary>> ByEmail([FromQuery] string email, CancellationToken ct)
    {
        var guardian = await _guardians.FindByEmailAsync(email, ct);
        return guardian is null ? NotFound() : Ok(GuardianSummary.From(guardian));
    }

    [HttpPost("invitations")]
    [Authorize(Policy = AuthSetup.RegistrarPolicy)]
    public async Task<IActionResult> Invite([FromBody] InvitationRequest request, CancellationToken ct)
    {
        var invitation = await _guardians.CreateInvitationAsync(request, ct);
        return Ok(new { invitation.Email, invitation.StudentId, invitation.ExpiresAt });
    }

    [HttpPost("{guardianId}/links")]
    [Authorize(Policy = AuthSetup.StaffPolicy)]
    public async Task<IActionResult> CreateLink([FromRoute] string guardianId, [FromQuery] int studentId, CancellationToken ct)
    {
        if (!ObjectId.TryParse(guardianId, out var id))
        {
            return NotFound();
        }

        var guardian = await _guardians.GetAsync(id, ct);
        if (guardian is null || !guardian.StudentIds.Contains(studentId))
        {
            return NotFound();
        }

        var token = _tokens.CreateGuardianLink(guardian.Id.ToString(), studentId, guardian.Email);
        return Ok(new { url = $"/Portal/Link?t={Uri.EscapeDataString(token)}" });
    }

    [HttpGet("{guardianId}/documents")]
    [EnableCors(CorsSetup.PortalPolicy)]
    [Authorize(Policy = AuthSetup.GuardianPolicy)]
    public IActionResult Document([FromRoute] string guardianId, [FromQuery] string file)
    {
        if (!ObjectId.TryParse(guardianId, out var id) || User.FindFirst("gid")?.Value != id.ToString())
        {
            return NotFound();
        }

        try
        {
            var stream = _documents.OpenGuardianDocument(id.ToString(), file);
            return File(stream, "application/octet-stream", Path.GetFileName(file));
        }
        catch (InvalidDocumentPathException)
        {
            return BadRequest(new { error = "Invalid document name." });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet("~/api/shared-documents")]
    [EnableCors(CorsSetup.PortalPolicy)]
    [Authorize(Policy = AuthSetup.GuardianPolicy)]
    public IActionResult SharedDocument([FromQuery] string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Ok(_documents.ListSharedDocuments());
        }

        try
        {
            return File(_documents.OpenSharedDocument(path), "application/pdf", Path.GetFileName(path));
        }
        catch (UnauthorizedAccessException)
        {
            return BadRequest(new { error = "Invalid document path." });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPut("{guardianId}/preferences")]
    [EnableCors(CorsSetup.PortalPolicy)]
    [Authorize(Policy = AuthSetup.GuardianPolicy)]
    public async Task<IActionResult> UpdatePreferences([FromRoute] string guardianId, [FromBody] NotificationPreferencesDto preferences, CancellationToken ct)
    {
        if (!ObjectId.TryParse(guardianId, out var id) || User.FindFirst("gid")?.Value != id.ToString())
        {
            return NotFound();
        }

        var guardian = await _guardians.GetAsync(id, ct);
        if (guardian is null)
        {
            return NotFound();
        }

        try
        {
            await _guardians.UpdatePreferencesAsync(guardian, preferences, ct);
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }

        return NoContent();
    }
}
