using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Cantabile.Config;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cantabile.Security;

public interface ITokenService
{
    string IssuePortalToken(int subjectId, string email, string role, TimeSpan lifetime);
    string IssueKioskToken(int memberId, string cardNumber);
    ClaimsPrincipal? ValidateKioskToken(string token);
}

public sealed class TokenService : ITokenService
{
    private readonly KioskTokenOptions _kiosk;
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly ILogger<TokenService> _logger;

    public TokenService(IOptions<KioskTokenOptions> kiosk, ILogger<TokenService> logger)
    {
        _kiosk = kiosk.Value;
        _logger = logger;
    }

    public string IssuePortalToken(int subjectId, string email, string role, TimeSpan lifetime)
    {
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, subjectId.ToString()),
            new Claim(JwtRegisteredClaimNames.Email, email),
            new Claim(ClaimTypes.Role, role),
        };

        var token = new JwtSecurityToken(
            issuer: FestivalSigningKey.Issuer,
            audience: FestivalSigningKey.Audience,
            claims: claims,
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.Add(lifetime),
            signingCredentials: FestivalSigningKey.Credentials());

        return _handler.WriteToken(token);
    }

    public string IssueKioskToken(int memberId, string cardNumber)
    {
        var token = new JwtSecurityToken(
            issuer: _kiosk.Issuer,
            audience: _kiosk.Audience,
            claims: new[] { new Claim("member", memberId.ToString()), new Claim("card", cardNumber) },
            expires: DateTime.UtcNow.AddMinutes(15),
            signingCredentials: new SigningCredentials(KioskKey(), SecurityAlgorithms.HmacSha256));

        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal? ValidateKioskToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _kiosk.Issuer,
            ValidAudience = _kiosk.Audience,
            IssuerSigningKey = KioskKey(),
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };

        try
        {
            return _handler.ValidateToken(token, parameters, out _); // SAFE jwt
        }
        catch (SecurityTokenException ex)
        {
            _logger.LogInformation(ex, "Rejected kiosk token");
            return null;
        }
    }

    private SymmetricSecurityKey KioskKey()
    {
        var material = Environment.GetEnvironmentVariable("CANTABILE_KIOSK_KEY") ?? _kiosk.SigningKey;
        if (string.IsNullOrWhiteSpace(material) || material.Length < 32)
        {
            throw new InvalidOperationException("Kiosk signing key is not configured.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(material)); // SAFE secret
    }
}

public sealed record AdjudicatorIdentity(int AdjudicatorId, string Email, string Panel);

/// <summary>
/// Tablets in the adjudication booths forward the identity token minted by the scoring console.
/// </summary>
public sealed class AdjudicatorTokenReader
{
    private readonly JwtSecurityTokenHandler _handler = new();

    public AdjudicatorIdentity? Read(string? bearer)
    {
        if (string.IsNullOrWhiteSpace(bearer))
        {
            return null;
        }

        var raw = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer[7..].Trim() : bearer.Trim();
        if (!_handler.CanReadToken(raw))
        {
            return null;
        }

        var token = _handler.ReadJwtToken(raw); // VULN jwt
        if (token.ValidTo < DateTime.UtcNow)
        {
            return null;
        }

        var id = token.Claims.FirstOrDefault(c => c.Type == JwtRegisteredClaimNames.Sub)?.Value;
        var email = token.Claims.FirstOrDefault(c => c.Type == JwtRegisteredClaimNames.Email)?.Value ?? string.Empty;
        var panel = token.Claims.FirstOrDefault(c => c.Type == "panel")?.Value ?? "general";

        return int.TryParse(id, out var adjudicatorId) ? new AdjudicatorIdentity(adjudicatorId, email, panel) : null;
    }
}
