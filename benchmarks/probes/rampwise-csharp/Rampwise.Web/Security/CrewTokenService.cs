using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Rampwise.Web.Domain;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Security;

public interface ICrewTokenService
{
    string IssueTabletToken(CrewMember member, string stand);
    ClaimsPrincipal? ValidateTabletToken(string token);
}

public class CrewTokenService : ICrewTokenService
{
    private readonly JwtOptions _options;
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly TokenValidationParameters _validation;
    private readonly SymmetricSecurityKey _key;

    public CrewTokenService(IOptions<JwtOptions> options)
    {
        _options = options.Value;
        _key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_options.SigningKey));
        _validation = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKey = _key,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ClockSkew = TimeSpan.FromMinutes(1)
        };
    }

    public string IssueTabletToken(CrewMember member, string stand)
    {
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, member.BadgeNumber),
            new Claim(ClaimTypes.Name, member.FullName),
            new Claim(ClaimTypes.Role, member.Role.ToString()),
            new Claim("station", member.HomeBase),
            new Claim("stand", stand)
        };

        var token = new JwtSecurityToken(
            issuer: _options.Issuer,
            audience: _options.Audience,
            claims: claims,
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.AddHours(10),
            signingCredentials: new SigningCredentials(_key, SecurityAlgorithms.HmacSha256));

        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal? ValidateTabletToken(string token)
    {
        try
        {
            return _handler.ValidateToken(token, _validation, out _); // SAFE jwt
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
