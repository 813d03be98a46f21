using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Quayside.Api.Configuration;
using Quayside.Api.Domain;

namespace Quayside.Api.Security;

public sealed record PartnerIdentity(string PartnerCode, string Subject, IReadOnlyList<string> Scopes);

public sealed class TokenService
{
    public const string StaffCookie = "qs_staff";

    private readonly AuthOptions _options;
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SymmetricSecurityKey _signingKey;
    private readonly ILogger<TokenService> _logger;

    public TokenService(IOptions<AuthOptions> options, ILogger<TokenService> logger)
    {
        _options = options.Value;
        _logger = logger;
        _signingKey = CreateSigningKey(_options);
    }

    public static SymmetricSecurityKey CreateSigningKey(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey ?? "Qu4yside-Ferry-HS256-signing-key-2021-Prod!!")); // VULN secret

    public static TokenValidationParameters StaffValidationParameters(AuthOptions options, SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = options.Issuer,
        ValidateAudience = true,
        ValidAudience = options.StaffAudience,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = key,
        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(1),
        NameClaimType = "name",
        RoleClaimType = "role",
    };

    public string IssueStaffToken(StaffEntry staff, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, staff.AccountName),
            new("name", staff.DisplayName),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (!string.IsNullOrEmpty(staff.Email))
        {
            claims.Add(new Claim(JwtRegisteredClaimNames.Email, staff.Email));
        }

        claims.AddRange(roles.Select(r => new Claim("role", r)));

        var token = new JwtSecurityToken(
            issuer: _options.Issuer,
            audience: _options.StaffAudience,
            claims: claims,
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.AddMinutes(_options.TokenLifetimeMinutes),
            signingCredentials: new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256));

        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal? ValidateStaffToken(string token)
    {
        try
        {
            return _handler.ValidateToken(token, StaffValidationParameters(_options, _signingKey), out _); // SAFE jwt
        }
        catch (SecurityTokenException ex)
        {
            _logger.LogInformation("Rejected staff token: {Reason}", ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Partner systems (travel agents, freight forwarders) send a short-lived assertion with each call.
    /// </summary>
    public PartnerIdentity? ReadPartnerAssertion(string assertion)
    {
        if (!_handler.CanReadToken(assertion))
        {
            return null;
        }

        var jwt = _handler.ReadJwtToken(assertion); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow || !jwt.Audiences.Contains(_options.PartnerAudience))
        {
            return null;
        }

        var partner = jwt.Claims.FirstOrDefault(c => c.Type == "partner_code")?.Value;
        if (string.IsNullOrEmpty(partner))
        {
            return null;
        }

        var scopes = jwt.Claims.Where(c => c.Type == "scope").SelectMany(c => c.Value.Split(' ')).ToList();
        return new PartnerIdentity(partner, jwt.Subject, scopes);
    }

    public ClaimsPrincipal? ValidateSsoIdToken(string idToken, IEnumerable<SecurityKey> authorityKeys)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.SsoAuthority,
            ValidAudience = _options.StaffAudience,
            IssuerSigningKeys = authorityKeys,
            SignatureValidator = (token, _) => new JwtSecurityToken(token), // VULN jwt
            NameClaimType = "name",
            RoleClaimType = "groups",
        };

        try
        {
            return _handler.ValidateToken(idToken, parameters, out _);
        }
        catch (SecurityTokenException ex)
        {
            _logger.LogWarning("SSO id_token rejected: {Reason}", ex.Message);
            return null;
        }
    }
}
