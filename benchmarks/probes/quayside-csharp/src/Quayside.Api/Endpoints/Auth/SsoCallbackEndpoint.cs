using System.Security.Claims;
using System.Text;
using FastEndpoints;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Quayside.Api.Configuration;
using Quayside.Api.Domain;
using Quayside.Api.Security;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Auth;

public sealed class SsoCallbackRequest
{
    [BindFrom("id_token")]
    public string IdToken { get; set; } = string.Empty;

    [BindFrom("state")]
    public string? State { get; set; }
}

/// <summary>
/// form_post callback from the corporate identity provider. The state parameter carries the
/// page the user originally asked for, base64url encoded by the login page.
/// </summary>
public sealed class SsoCallbackEndpoint : Endpoint<SsoCallbackRequest>
{
    private readonly TokenService _tokens;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly AuthOptions _options;

    public SsoCallbackEndpoint(TokenService tokens, IHttpClientFactory httpClientFactory, IOptions<AuthOptions> options)
    {
        _tokens = tokens;
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
    }

    public override void Configure()
    {
        Post("/auth/sso/callback");
        AllowAnonymous();
        AllowFormData(urlEncoded: true);
    }

    public override async Task HandleAsync(SsoCallbackRequest req, CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient("sso");
        var jwks = new JsonWebKeySet(await client.GetStringAsync($"{_options.SsoAuthority}/.well-known/jwks.json", ct));

        var principal = _tokens.ValidateSsoIdToken(req.IdToken, jwks.GetSigningKeys());
        if (principal is null)
        {
            await SendUnauthorizedAsync(ct);
            return;
        }

        var staff = new StaffEntry
        {
            AccountName = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("sub") ?? string.Empty,
            DisplayName = principal.FindFirstValue("name") ?? string.Empty,
            Email = principal.FindFirstValue("email"),
            Groups = principal.FindAll("groups").Select(c => c.Value).ToList(),
        };

        var token = _tokens.IssueStaffToken(staff, StaffAuthService.RolesFor(staff.Groups));
        HttpContext.Response.Cookies.Append(TokenService.StaffCookie, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
        });

        var target = "/backoffice/bookings";
        if (!string.IsNullOrEmpty(req.State))
        {
            var decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(req.State));
            if (UrlSafety.LooksRelative(decoded))
            {
                target = decoded;
            }
        }

        await SendRedirectAsync(target, allowRemoteRedirects: true); // VULN redirect
    }
}

public sealed class SsoStartRequest
{
    public string? ReturnUrl { get; set; }
}

public sealed class SsoStartEndpoint : Endpoint<SsoStartRequest>
{
    private readonly AuthOptions _options;

    public SsoStartEndpoint(IOptions<AuthOptions> options)
    {
        _options = options.Value;
    }

    public override void Configure()
    {
        Get("/auth/sso/start");
        AllowAnonymous();
    }

    public override async Task HandleAsync(SsoStartRequest req, CancellationToken ct)
    {
        var state = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(req.ReturnUrl ?? "/backoffice/bookings"));
        var callback = $"{HttpContext.Request.Scheme}://{HttpContext.Request.Host}/auth/sso/callback";
        var authorize = $"{_options.SsoAuthority}/oauth2/authorize?client_id={Uri.EscapeDataString(_options.StaffAudience)}" +
                        $"&response_type=id_token&response_mode=form_post&scope=openid%20profile%20email" +
                        $"&redirect_uri={Uri.EscapeDataString(callback)}&state={state}&nonce={Guid.NewGuid():N}";
        await SendRedirectAsync(authorize, allowRemoteRedirects: true);
    }
}
