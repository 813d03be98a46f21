using FastEndpoints;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Security;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Auth;

public sealed class LoginRequest
{
    public string Username { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string? ReturnUrl { get; set; }
}

public sealed class LoginEndpoint : Endpoint<LoginRequest>
{
    private readonly StaffAuthService _auth;
    private readonly QuaysideOptions _options;

    public LoginEndpoint(StaffAuthService auth, IOptions<QuaysideOptions> options)
    {
        _auth = auth;
        _options = options.Value;
    }

    public override void Configure()
    {
        Post("/auth/login");
        AllowAnonymous();
        AllowFormData(urlEncoded: true);
        Throttle(hitLimit: 10, durationSeconds: 60);
    }

    public override async Task HandleAsync(LoginRequest req, CancellationToken ct)
    {
        var result = _auth.SignIn(req.Username, req.Password);
        if (!result.Succeeded)
        {
            await SendRedirectAsync("/backoffice/login?failed=1");
            return;
        }

        HttpContext.Response.Cookies.Append(TokenService.StaffCookie, result.Token!, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromHours(1),
        });

        var target = UrlSafety.IsLocalReturnUrl(req.ReturnUrl) ? req.ReturnUrl! : $"{_options.PublicBaseUrl}/backoffice/bookings";
        await SendRedirectAsync(target, allowRemoteRedirects: true); // SAFE redirect
    }
}
