using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Rollcall.Web.Config;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class TokenService
{
    private const string ResetAudience = "rollcall-password-reset";
    private const string GuardianLinkIssuer = "rollcall-portal";

    // Shared with the old PHP portal, which still emails deep links to guardians.
    private static readonly SymmetricSecurityKey GuardianLinkKey = new(Encoding.UTF8.GetBytes("rc-portal-2019!Xk29vPq77mLt0ZsWq84hNc3e-link")); // VULN secret

    private readonly JwtOptions _jwt;
    private readonly SymmetricSecurityKey _signingKey;
    private readonly JwtSecurityTokenHandler _handler = new();

    public TokenService(IOptions<JwtOptions> options)
    {
        _jwt = options.Value;
        _signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_jwt.SigningKey));
    }

    public string CreateAccessToken(StaffIdentity staff)
    {
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, staff.Subject),
            new Claim("name", staff.Name),
            new Claim("email", staff.Email),
            new Claim("role", staff.Role),
            new Claim("school", staff.SchoolId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var token = new JwtSecurityToken(
            _jwt.Issuer,
            _jwt.Audience,
            claims,
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.AddMinutes(_jwt.AccessTokenMinutes),
            signingCredentials: new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public string CreateGuardianLink(string guardianId, int studentId, string email)
    {
        var token = new JwtSecurityToken(
            GuardianLinkIssuer,
            GuardianLinkIssuer,
            new[] { new Claim("gid", guardianId), new Claim("sid", studentId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim("email", email) },
            expires: DateTime.UtcNow.AddDays(3),
            signingCredentials: new SigningCredentials(GuardianLinkKey, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public string CreatePasswordResetToken(int staffId)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)); // SAFE random
        var token = new JwtSecurityToken(
            _jwt.Issuer,
            ResetAudience,
            new[] { new Claim(JwtRegisteredClaimNames.Sub, staffId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(JwtRegisteredClaimNames.Jti, nonce) },
            expires: DateTime.UtcNow.AddMinutes(_jwt.ResetTokenMinutes),
            signingCredentials: new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public (int StaffId, string Nonce)? ValidatePasswordResetToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _jwt.Issuer,
            ValidAudience = ResetAudience,
            IssuerSigningKey = _signingKey,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };

        try
        {
            var principal = _handler.ValidateToken(token, parameters, out _); // SAFE jwt
            var sub = principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
            var jti = principal.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
            return int.TryParse(sub, out var staffId) && jti is not null ? (staffId, jti) : null;
        }
        catch (SecurityTokenException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
