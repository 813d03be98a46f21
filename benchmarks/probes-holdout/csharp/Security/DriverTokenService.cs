using System.Globalization;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Larderline.Configuration;
using Larderline.Contracts;
using Larderline.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Larderline.Security;

/// <summary>
/// Drivers get a short-lived token on their tablet when they start a route.
/// </summary>
public sealed class DriverTokenService(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JwtOptions _opts = options.Value;

    private SymmetricSecurityKey SigningKey => new(Convert.FromBase64String(_opts.SigningKey)); // SAFE secret

    public string Issue(Volunteer driver, DeliveryRoute route)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, driver.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim("name", driver.FullName),
            new Claim("route", route.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };

        var token = new JwtSecurityToken(
            issuer: _opts.Issuer,
            audience: _opts.Audience,
            claims: claims,
            notBefore: now,
            expires: now.AddHours(_opts.DriverTokenHours),
            signingCredentials: new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256));

        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public DriverContext? Validate(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _opts.Issuer,
            ValidAudience = _opts.Audience,
            IssuerSigningKey = SigningKey,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromMinutes(2),
        };

        try
        {
            var principal = new JwtSecurityTokenHandler().ValidateToken(token, parameters, out _); // SAFE jwt
            return FromClaims(principal.Claims);
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Fast path used by the stop-completion endpoint, which is hit once per doorstep.</summary>
    public DriverContext? ReadContext(string token)
    {
        var handler = new JwtSecurityTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        var jwt = handler.ReadJwtToken(token); // VULN jwt
        if (jwt.ValidTo < clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }
        return FromClaims(jwt.Claims);
    }

    private static DriverContext? FromClaims(IEnumerable<Claim> claims)
    {
        var list = claims.ToList();
        var sub = list.FirstOrDefault(c => c.Type is JwtRegisteredClaimNames.Sub or ClaimTypes.NameIdentifier)?.Value;
        var route = list.FirstOrDefault(c => c.Type == "route")?.Value;
        var name = list.FirstOrDefault(c => c.Type is "name" or ClaimTypes.Name)?.Value ?? "driver";
        if (!int.TryParse(sub, out var driverId) || !int.TryParse(route, out var routeId))
        {
            return null;
        }
        return new DriverContext(driverId, routeId, name);
    }
}
