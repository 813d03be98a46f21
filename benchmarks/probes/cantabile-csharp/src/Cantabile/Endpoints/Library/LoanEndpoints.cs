using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Security;
using Cantabile.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Endpoints.Library;

[Authorize]
public sealed class BorrowTitle : EndpointBaseAsync
    .WithRequest<BorrowRequest>
    .WithActionResult<BorrowResponse>
{
    private readonly ILibraryService _library;

    public BorrowTitle(ILibraryService library)
    {
        _library = library;
    }

    [HttpPost("/api/library/loans")]
    public override async Task<ActionResult<BorrowResponse>> HandleAsync([FromBody] BorrowRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return Ok(await _library.BorrowAsync(request, cancellationToken));
        }
        catch (KeyNotFoundException ex)
        {
            return NotFound(new { error = ex.Message });
        }
        catch (InvalidOperationException ex)
        {
            return Conflict(new { error = ex.Message });
        }
    }
}

public sealed class RequestPinReset : EndpointBaseAsync
    .WithRequest<PinResetRequest>
    .WithActionResult
{
    private readonly ILibraryService _library;

    public RequestPinReset(ILibraryService library)
    {
        _library = library;
    }

    [HttpPost("/api/library/pin-reset")]
    public override async Task<ActionResult> HandleAsync([FromBody] PinResetRequest request, CancellationToken cancellationToken = default)
    {
        await _library.RequestPinResetAsync(request.CardNumber, cancellationToken);
        return Accepted(new { message = "If the card exists, a reset link has been sent to the registered address." });
    }
}

public sealed class KioskSignIn : EndpointBaseAsync
    .WithRequest<KioskSignInRequest>
    .WithActionResult
{
    private readonly ILibraryRepository _library;
    private readonly ITokenService _tokens;
    private readonly AccessCodes _codes;

    public KioskSignIn(ILibraryRepository library, ITokenService tokens, AccessCodes codes)
    {
        _library = library;
        _tokens = tokens;
        _codes = codes;
    }

    [HttpPost("/library/kiosk/sign-in")]
    public override Task<ActionResult> HandleAsync([FromForm] KioskSignInRequest request, CancellationToken cancellationToken = default)
    {
        var member = _library.FindMemberByCard(request.CardNumber.Trim());
        if (member is null)
        {
            return Task.FromResult<ActionResult>(Redirect("/library/kiosk?unknown=1"));
        }

        Response.Cookies.Append("kiosk_token", _tokens.IssueKioskToken(member.Id, member.CardNumber), new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        Response.Cookies.Append("kiosk_session", _codes.NewKioskSessionId(), new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        return Task.FromResult<ActionResult>(Redirect("/library/kiosk/shelf"));
    }
}

public sealed class KioskSignOut : EndpointBaseAsync
    .WithRequest<KioskSignOutRequest>
    .WithActionResult
{
    private readonly ITokenService _tokens;
    private readonly ILogger<KioskSignOut> _logger;

    public KioskSignOut(ITokenService tokens, ILogger<KioskSignOut> logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    [HttpGet("/library/kiosk/sign-out")]
    public override Task<ActionResult> HandleAsync([FromQuery] KioskSignOutRequest request, CancellationToken cancellationToken = default)
    {
        if (Request.Cookies.TryGetValue("kiosk_token", out var token))
        {
            var principal = _tokens.ValidateKioskToken(token);
            _logger.LogInformation("Kiosk sign-out for member {Member}", principal?.FindFirst("member")?.Value ?? "(expired)");
        }

        Response.Cookies.Delete("kiosk_token");
        Response.Cookies.Delete("kiosk_session");

        if (!string.IsNullOrEmpty(request.Next) && Url.IsLocalUrl(request.Next))
        {
            return Task.FromResult<ActionResult>(LocalRedirect(request.Next)); // SAFE redirect
        }

        return Task.FromResult<ActionResult>(LocalRedirect("/library/kiosk"));
    }
}
