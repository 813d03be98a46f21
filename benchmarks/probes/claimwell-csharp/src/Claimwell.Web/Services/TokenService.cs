using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Claimwell.Web.Services;

public sealed class TokenService
{
    public const string AgencyClaim = "agency";
    public const string BrokerContextCookie = "cw_broker_ctx";

    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly SymmetricSecurityKey _signingKey;
    private readonly AuthOptions _options;
    private readonly TimeProvider _clock;
    private readonly TokenValidationParameters _validation;

    public TokenService(SymmetricSecurityKey signingKey, IOptions<AuthOptions> options, TimeProvider clock)
    {
        _signingKey = signingKey;
        _options = options.Value;
        _clock = clock;
        _validation = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = _options.Issuer,
            ValidateAudience = true,
            ValidAudience = _options.Audience,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = _signingKey,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1)
        };
    }

    public string IssueBrokerContext(Broker broker)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            issuer: _options.Issuer,
            audience: _options.Audience,
            claims: new[]
            {
                new Claim(JwtRegisteredClaimNames.Sub, broker.Id.ToString()),
                new Claim(AgencyClaim, broker.AgencyCode),
                new Claim(ClaimTypes.Name, broker.DisplayName)
            },
            notBefore: now,
            expires: now.AddHours(8),
            signingCredentials: new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal? ValidateSsoToken(string token)
    {
        try
        {
            return _handler.ValidateToken(token, _validation, out _); // SAFE jwt
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads the agency code from the broker context cookie issued at SSO time.</summary>
    public string? ReadAgencyCode(string contextToken)
    {
        if (!_handler.CanReadToken(contextToken))
        {
            return null;
        }

        var jwt = _handler.ReadJwtToken(contextToken); // VULN jwt
        if (jwt.ValidTo < _clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        return jwt.Claims.FirstOrDefault(c => c.Type == AgencyClaim)?.Value;
    }
}
