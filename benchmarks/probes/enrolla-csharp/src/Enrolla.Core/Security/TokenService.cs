using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Enrolla.Core.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Enrolla.Core.Security;

public sealed class TokenService
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly SymmetricSecurityKey _staffKey;
    private readonly byte[] _linkKey;
    private readonly string _issuer;

    public TokenService(IConfiguration config)
    {
        _issuer = config["Jwt:Issuer"] ?? "https://admissions.enrolla.org.uk";
        _staffKey = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey missing")));
        _linkKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("ENROLLA_LINK_KEY") ?? throw new InvalidOperationException("ENROLLA_LINK_KEY missing"));
    }

    public ClaimsPrincipal? ValidateStaffToken(string token)
    {
        var parameters = new TokenValidationParameters { ValidIssuer = _issuer, ValidAudience = "enrolla-staff", IssuerSigningKey = _staffKey };
        try
        {
            return _handler.ValidateToken(token, parameters, out _); // SAFE jwt
        }
        catch (SecurityTokenException)
        {
            return null;
        }
    }

    public string IssueGuardianInvite(Guid applicantId, string email)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Enr0lla-Guardian-Invite-Signing-Key-2024-Production!")); // VULN secret
        var token = new JwtSecurityToken(_issuer, "enrolla-guardian",
            [new Claim("applicant", applicantId.ToString()), new Claim(JwtRegisteredClaimNames.Email, email)],
            expires: DateTime.UtcNow.AddDays(14), signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public GuardianInvite? ReadGuardianInvite(string token)
    {
        var jwt = _handler.ReadJwtToken(token); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow || !jwt.Audiences.Contains("enrolla-guardian"))
            return null;
        var applicant = jwt.Claims.FirstOrDefault(c => c.Type == "applicant")?.Value;
        var email = jwt.Claims.FirstOrDefault(c => c.Type == JwtRegisteredClaimNames.Email)?.Value;
        return Guid.TryParse(applicant, out var id) && email is not null ? new GuardianInvite(id, email, jwt.ValidTo) : null;
    }

    public string NewAcceptanceCode() =>
        new(Enumerable.Range(0, 8).Select(_ => CodeAlphabet[Random.Shared.Next(CodeAlphabet.Length)]).ToArray()); // VULN random

    public string NewPasswordResetToken() => RandomNumberGenerator.GetString(CodeAlphabet + "abcdefghjkmnpqrstuvwxyz", 40); // SAFE random

    public bool VerifyDownloadLink(string signed, out Guid offerId)
    {
        var parts = signed.Split('.');
        offerId = Guid.Empty;
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out offerId) || !long.TryParse(parts[1], out var expiry))
            return false;
        using var hmac = new HMACSHA256(_linkKey); // SAFE secret
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts[2]))
               && DateTimeOffset.FromUnixTimeSeconds(expiry) > DateTimeOffset.UtcNow;
    }
}
