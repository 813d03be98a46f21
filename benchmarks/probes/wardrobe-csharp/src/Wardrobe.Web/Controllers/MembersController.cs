using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/members")]
public sealed class MembersController : ControllerBase
{
    private readonly AccountService _accounts;
    private readonly MemberDirectory _directory;
    private readonly TokenService _tokens;

    public MembersController(AccountService accounts, MemberDirectory directory, TokenService tokens)
    {
        _accounts = accounts;
        _directory = directory;
        _tokens = tokens;
    }

    [HttpPost("register")]
    [AllowAnonymous]
    public async Task<IActionResult> Register([FromBody] RegisterRequest request, CancellationToken ct)
    {
        try
        {
            var member = await _accounts.RegisterAsync(request, ct);
            return Created($"/api/members/{member.Id}", new { member.Id, member.Login });
        }
        catch (InvalidOperationException ex)
        {
            return Conflict(new { error = ex.Message });
        }
    }

    [HttpPost("partners")]
    [AllowAnonymous]
    public async Task<IActionResult> RegisterPartner([FromBody] PartnerRegistrationRequest request, CancellationToken ct)
    {
        try
        {
            var partner = await _accounts.RegisterPartnerAsync(request, ct);
            return Created($"/api/members/{partner.Id}", new { partner.Id, partner.PartnerCode, partner.ApiKey });
        }
        catch (InvalidOperationException ex)
        {
            return Conflict(new { error = ex.Message });
        }
    }

    [HttpPost("token")]
    [AllowAnonymous]
    public async Task<IActionResult> Token([FromBody] TokenRequest request, CancellationToken ct)
    {
        var member = await _accounts.AuthenticateAsync(request.Login, request.Password, ct);
        return member is null ? Unauthorized() : Ok(new { access_token = _tokens.IssueMemberToken(member), token_type = "Bearer" });
    }

    [HttpPost("kiosk-token")]
    [Authorize(Policy = "manager")]
    public IActionResult KioskToken([FromQuery] string desk) =>
        Ok(new { access_token = _tokens.IssueKioskToken(string.IsNullOrWhiteSpace(desk) ? "returns-1" : desk.Trim()) });

    /// <summary>Company directory lookup used when issuing costumes to cast and crew.</summary>
    [HttpGet("directory/{login}")]
    [Authorize(Policy = "staff")]
    public ActionResult<DirectoryEntryView> DirectoryByLogin([FromRoute] string login)
    {
        var entry = _directory.FindByLogin(login);
        return entry is null ? NotFound() : entry;
    }

    [HttpGet("directory")]
    [Authorize(Policy = "staff")]
    public ActionResult<IEnumerable<DirectoryEntryView>> DirectoryByEmail([FromQuery] string email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return BadRequest();
        }

        return Ok(_directory.FindByEmail(email));
    }
}
