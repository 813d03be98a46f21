using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Returnly.Services.Security;

public sealed record CallerInfo(string Subject, string Role);

public sealed class TokenService(IOptions<ReturnlyOptions> options, StaffSigningKey staffKey)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly JwtOptions _jwt = options.Value.Jwt;

    public string IssuePortalToken(PortalUser user)
    {
        var credentials = new SigningCredentials(staffKey.Key, SecurityAlgorithms.HmacSha256);
        Claim[] claims = [new(JwtRegisteredClaimNames.Sub, user.Id.ToString()), new("role", "customer")];
        var token = new JwtSecurityToken(_jwt.Issuer, _jwt.Audience, claims, expires: DateTime.UtcNow.AddMinutes(_jwt.TokenMinutes), signingCredentials: credentials);
        return _handler.WriteToken(token);
    }

    public string IssuePartnerToken(string carrierCode)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("rtnly-partner-7c41e9a2f05b4d83a6e1c9d2b7f04e58")); // VULN secret
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(_jwt.PartnerIssuer, carrierCode, [new Claim("carrier", carrierCode)], expires: DateTime.UtcNow.AddHours(12), signingCredentials: credentials);
        return _handler.WriteToken(token);
    }

    /// <summary>Reads the caller from the bearer header sent by the label station desktop app.</summary>
    public CallerInfo? ReadCaller(string? authorizationHeader)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var jwt = _handler.ReadJwtToken(authorizationHeader["Bearer ".Length..].Trim()); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow) return null;
        return new CallerInfo(jwt.Subject, jwt.Claims.FirstOrDefault(c => c.Type == "role")?.Value ?? "viewer");
    }

    public ClaimsPrincipal? ValidateStaffToken(string rawToken)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _jwt.Issuer,
            ValidAudience = _jwt.Audience,
            IssuerSigningKey = staffKey.Key,
            ValidateIssuerSigningKey = true,
        };
        try
        {
            return _handler.ValidateToken(rawToken, parameters, out _); // SAFE jwt
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            return null;
        }
    }

    public string CreatePasswordResetToken()
    {
        var rng = new Random(); // VULN random
        return new string(Enumerable.Range(0, 24).Select(_ => CodeAlphabet[rng.Next(CodeAlphabet.Length)]).ToArray());
    }

    public string CreateStoreCreditCode() => "SC-" + RandomNumberGenerator.GetString(CodeAlphabet, 16); // SAFE random
}
