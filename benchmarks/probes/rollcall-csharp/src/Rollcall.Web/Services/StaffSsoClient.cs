using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

/// <summary>OAuth2 authorization-code exchange against the district identity provider.</summary>
public sealed class StaffSsoClient
{
    private readonly HttpClient _http;
    private readonly SsoOptions _options;

    public StaffSsoClient(HttpClient http, IOptions<SsoOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public string BuildAuthorizeUrl(string state) =>
        $"{_options.Authority.TrimEnd('/')}/oauth2/authorize?response_type=code" +
        $"&client_id={Uri.EscapeDataString(_options.ClientId)}" +
        $"&redirect_uri={Uri.EscapeDataString(_options.RedirectUri)}" +
        $"&scope=openid%20profile%20email&state={Uri.EscapeDataString(state)}";

    public async Task<StaffIdentity?> ExchangeCodeAsync(string code, CancellationToken ct)
    {
        using var tokenResponse = await _http.PostAsync("oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = _options.RedirectUri,
            ["client_id"] = _options.ClientId,
            ["client_secret"] = _options.ClientSecret,
        }), ct);

        if (!tokenResponse.IsSuccessStatusCode)
        {
            return null;
        }

        var token = await tokenResponse.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        if (token?.AccessToken is null)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "oauth2/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var userInfo = await _http.SendAsync(request, ct);
        if (!userInfo.IsSuccessStatusCode)
        {
            return null;
        }

        var info = await userInfo.Content.ReadFromJsonAsync<UserInfo>(cancellationToken: ct);
        return info is null ? null : new StaffIdentity(info.Subject, info.Email, info.Name, info.Role ?? "teacher", info.SchoolId);
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string? AccessToken);

    private sealed record UserInfo(
        [property: JsonPropertyName("sub")] string Subject,
        [property: JsonPropertyName("email")] string Email,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("rollcall_role")] string? Role,
        [property: JsonPropertyName("rollcall_school")] int SchoolId);
}
