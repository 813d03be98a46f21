using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Security;
using Cantabile.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Endpoints.Adjudication;

public sealed class AdjudicatorSignIn : EndpointBaseAsync
    .WithRequest<AdjudicatorLoginRequest>
    .WithActionResult
{
    private readonly IScoreRepository _scores;
    private readonly IPasswordHasher _hasher;
    private readonly ITokenService _tokens;
    private readonly AccessCodes _codes;
    private readonly ILogger<AdjudicatorSignIn> _logger;

    public AdjudicatorSignIn(IScoreRepository scores, IPasswordHasher hasher, ITokenService tokens, AccessCodes codes, ILogger<AdjudicatorSignIn> logger)
    {
        _scores = scores;
        _hasher = hasher;
        _tokens = tokens;
        _codes = codes;
        _logger = logger;
    }

    [HttpPost("/adjudication/sign-in")]
    public override async Task<ActionResult> HandleAsync([FromForm] AdjudicatorLoginRequest request, CancellationToken cancellationToken = default)
    {
        var adjudicator = await _scores.FindAdjudicatorByEmailAsync(request.Email);
        if (adjudicator is null || !_hasher.Verify(request.Password, adjudicator.PasswordHash, adjudicator.PasswordScheme))
        {
            _logger.LogInformation("Failed adjudicator sign-in for {Email}", request.Email);
            return Redirect("/adjudication/sign-in?failed=1");
        }

        if (adjudicator.PasswordScheme == "legacy")
        {
            await _scores.UpgradePasswordAsync(adjudicator.Id, _hasher.Hash(request.Password));
        }

        var token = _tokens.IssuePortalToken(adjudicator.Id, adjudicator.Email, "adjudicator", TimeSpan.FromHours(10));
        Response.Cookies.Append("cantabile_session", token, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });
        Response.Cookies.Append("cantabile_booth", _codes.NewBoothCode(), new CookieOptions { HttpOnly = false, Secure = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromHours(10) });

        if (RedirectGuard.IsPortalPath(request.ReturnUrl))
        {
            return Redirect(request.ReturnUrl!); // VULN redirect
        }

        return Redirect("/adjudication");
    }
}

[Authorize]
public sealed class AdjudicatorLookup : EndpointBaseAsync
    .WithRequest<AdjudicatorLookupRequest>
    .WithActionResult
{
    private readonly AdjudicatorDirectory _directory;

    public AdjudicatorLookup(AdjudicatorDirectory directory)
    {
        _directory = directory;
    }

    [HttpGet("/api/adjudicators")]
    public override Task<ActionResult> HandleAsync([FromQuery] AdjudicatorLookupRequest request, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(request.Panel))
        {
            return Task.FromResult<ActionResult>(Ok(_directory.PanelMembers(request.Panel)));
        }

        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@'))
        {
            return Task.FromResult<ActionResult>(BadRequest(new { error = "email or panel is required" }));
        }

        var profile = _directory.FindByEmail(request.Email.Trim());
        return Task.FromResult<ActionResult>(profile is null ? NotFound() : Ok(profile));
    }
}
