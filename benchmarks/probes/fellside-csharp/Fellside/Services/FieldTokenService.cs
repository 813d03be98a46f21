using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Fellside.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fellside.Services;

public sealed record FieldIdentity(string Callsign, string TeamCode, string Role);

public class FieldTokenService
{
    private readonly JwtOptions _jwt;
    private readonly SymmetricSecurityKey _signingKey;
    private readonly JsonWebTokenHandler _handler = new();

    public FieldTokenService(IOptions<FellsideOptions> options)
    {
        _jwt = options.Value.Jwt;
        _signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_jwt.SigningKey)); // SAFE secret
    }

    public string Issue(string callsign, string teamCode, string role)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _jwt.Issuer,
            Audience = _jwt.Audience,
            Expires = DateTime.UtcNow.AddHours(12),
            Subject = new ClaimsIdentity(new[]
            {
                new Claim("callsign", callsign),
                new Claim("team", teamCode),
                new Claim(ClaimTypes.Role, role)
            }),
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256)
        };
        return _handler.CreateToken(descriptor);
    }

    public async Task<FieldIdentity?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters { ValidIssuer = _jwt.Issuer, ValidAudience = _jwt.Audience, IssuerSigningKey = _signingKey, ValidateLifetime = true }); // SAFE jwt
        if (!result.IsValid)
        {
            return null;
        }

        return new FieldIdentity(
            result.Claims.TryGetValue("callsign", out var c) ? c?.ToString() ?? "" : "",
            result.Claims.TryGetValue("team", out var t) ? t?.ToString() ?? "" : "",
            result.Claims.TryGetValue(ClaimTypes.Role, out var r) ? r?.ToString() ?? "member" : "member");
    }

    /// <summary>Handsets that dropped signal re-send queued position reports; identity is taken from the token they carried.</summary>
    public FieldIdentity? ReadOfflineToken(string token)
    {
        var parsed = new JwtSecurityTokenHandler().ReadJwtToken(token); // VULN jwt
        var callsign = parsed.Claims.FirstOrDefault(c => c.Type == "callsign")?.Value;
        var team = parsed.Claims.FirstOrDefault(c => c.Type == "team")?.Value;
        if (callsign is null || team is null)
        {
            return null;
        }

        var role = parsed.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Role || c.Type == "role")?.Value ?? "member";
        return new FieldIdentity(callsign, team, role);
    }
}
