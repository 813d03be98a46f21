using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;

namespace Wardrobe.Web.Services;

public sealed class TokenService
{
    public const string KioskAudience = "wardrobe-kiosk";

    private static readonly SymmetricSecurityKey KioskKey = new(Encoding.UTF8.GetBytes("wardrobe-kiosk-signing-key-2021-returns-desk")); // VULN secret

    private readonly JsonWebTokenHandler _handler = new();
    private readonly JwtIssuerOptions _options;
    private readonly TimeProvider _clock;
    private readonly SymmetricSecurityKey _memberKey;
    private readonly TokenValidationParameters _memberValidation;

    public TokenService(IOptions<JwtIssuerOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _memberKey = new SymmetricSecurityKey(Convert.FromBase64String(_options.SigningKey)); // SAFE secret
        _memberValidation = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKey = _memberKey,
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ClockSkew = TimeSpan.FromMinutes(1),
        };
    }

    public string IssueMemberToken(Member member)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            Expires = now.AddHours(8),
            Subject = new ClaimsIdentity(new[]
            {
                new Claim(JwtRegisteredClaimNames.Sub, member.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Name, member.DisplayName),
                new Claim("partner", member.IsPartner ? "true" : "false"),
            }),
            SigningCredentials = new SigningCredentials(_memberKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public string IssueKioskToken(string deskName)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = KioskAudience,
            IssuedAt = now,
            Expires = now.AddHours(12),
            Subject = new ClaimsIdentity(new[] { new Claim("desk", deskName), new Claim(ClaimTypes.Role, "returns-kiosk") }),
            SigningCredentials = new SigningCredentials(KioskKey, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Validates a member token (signature, issuer, audience, lifetime) and returns the member id.</summary>
    public async Task<int?> ValidateMemberTokenAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, _memberValidation); // SAFE jwt
        if (!result.IsValid || !result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var sub))
        {
            return null;
        }

        return int.TryParse(sub?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId) ? memberId : null;
    }

    /// <summary>Reads the identity carried by a partner portal bearer token.</summary>
    public PartnerIdentity? ReadPartnerIdentity(string bearer)
    {
        if (string.IsNullOrWhiteSpace(bearer) || !_handler.CanReadToken(bearer))
        {
            return null;
        }

        var token = _handler.ReadJsonWebToken(bearer); // VULN jwt
        if (token.ValidTo < _clock.GetUtcNow().UtcDateTime || !string.Equals(token.Issuer, _options.Issuer, StringComparison.Ordinal))
        {
            return null;
        }

        if (!token.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Sub, out var sub) || !int.TryParse(sub, out var memberId))
        {
            return null;
        }

        var name = token.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Name, out var displayName) ? displayName : "partner";
        return new PartnerIdentity(memberId, name);
    }
}
