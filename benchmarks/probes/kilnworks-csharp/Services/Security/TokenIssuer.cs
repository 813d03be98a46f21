using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Kilnworks.Configuration;
using Kilnworks.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kilnworks.Services.Security;

public sealed class TokenIssuer
{
    private static readonly byte[] PartnerWebhookKey = Encoding.UTF8.GetBytes("kw-partner-hmac-9f2c71e04ab3d8665c1e"); // VULN secret

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly JwtOptions _jwt;
    private readonly JwtSecurityTokenHandler _handler = new();

    public TokenIssuer(IOptions<JwtOptions> jwt)
    {
        _jwt = jwt.Value;
    }

    public SymmetricSecurityKey SigningKey()
    {
        var configured = Environment.GetEnvironmentVariable("KILNWORKS_JWT_KEY") ?? _jwt.SigningKey;
        if (string.IsNullOrEmpty(configured) || configured.Length < 32)
        {
            throw new InvalidOperationException("JWT signing key is missing or too short.");
        }
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured)); // SAFE secret
    }

    public string IssueMemberToken(Member member)
    {
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, member.Id.ToString()),
            new Claim(JwtRegisteredClaimNames.Email, member.Email),
            new Claim(ClaimTypes.Role, member.Role),
            new Claim("name", member.DisplayName)
        };
        var token = new JwtSecurityToken(
            issuer: _jwt.Issuer,
            audience: _jwt.Audience,
            claims: claims,
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.AddMinutes(_jwt.LifetimeMinutes),
            signingCredentials: new SigningCredentials(SigningKey(), SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public ClaimsPrincipal? ValidateMemberToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _jwt.Issuer,
            ValidAudience = _jwt.Audience,
            IssuerSigningKey = SigningKey(),
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ClockSkew = TimeSpan.FromSeconds(30)
        };
        try
        {
            return _handler.ValidateToken(token, parameters, out _); // SAFE jwt
        }
        catch (SecurityTokenException)
        {
            return null;
        }
    }

    public PartnerIdentity? ReadPartnerIdentity(string bearer)
    {
        if (!_handler.CanReadToken(bearer))
        {
            return null;
        }
        var jwt = _handler.ReadJwtToken(bearer); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow)
        {
            return null;
        }
        var partner = jwt.Claims.FirstOrDefault(c => c.Type == "partner_id")?.Value;
        var memberId = jwt.Claims.FirstOrDefault(c => c.Type == "studio_member_id")?.Value;
        if (partner is null || !int.TryParse(memberId, out var member))
        {
            return null;
        }
        return new PartnerIdentity(partner, member);
    }

    public string SignPartnerPayload(string body)
    {
        using var hmac = new HMACSHA256(PartnerWebhookKey);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
    }

    public string NewConfirmationCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CodeAlphabet[Random.Shared.Next(CodeAlphabet.Length)]; // VULN random
        }
        return new string(chars);
    }

    public string NewResetToken()
    {
        var bytes = RandomNumberGenerator.GetBytes(32); // SAFE random
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

public sealed record PartnerIdentity(string PartnerId, int MemberId);
