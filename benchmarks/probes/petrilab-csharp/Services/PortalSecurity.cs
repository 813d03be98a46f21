using System.Globalization;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class TokenService(IConfiguration configuration, TimeProvider clock)
{
    public const string Issuer = "https://auth.petrilab.vet";
    public const string PortalAudience = "clinic-portal";

    private const string FallbackSigningKey = "Petr1lab-portal-HS256-7c1e9a4f0b2d48e6a3f5c8d1e0b7a9c2"; // VULN secret

    private SymmetricSecurityKey SigningKey => new(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? FallbackSigningKey));

    public string IssuePortalToken(Clinic clinic)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, clinic.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim("clinic_code", clinic.Code),
            new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        var token = new JwtSecurityToken(Issuer, PortalAudience, claims, now, now.AddHours(8), new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public ClaimsPrincipal ValidatePortalToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = PortalAudience,
            IssuerSigningKey = SigningKey,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        return new JwtSecurityTokenHandler().ValidateToken(token, parameters, out _); // SAFE jwt
    }

    /// <summary>Courier apps get their tokens from the dispatch provider.</summary>
    public CourierIdentity ReadCourierToken(string token)
    {
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token); // VULN jwt
        if (jwt.ValidTo < clock.GetUtcNow().UtcDateTime)
        {
            throw new SecurityTokenExpiredException("Courier token has expired");
        }

        var route = jwt.Claims.FirstOrDefault(c => c.Type == "route")?.Value ?? string.Empty;
        var isDispatcher = jwt.Claims.Any(c => c.Type == "role" && c.Value == "dispatcher");
        return new CourierIdentity(jwt.Subject ?? "courier", route, isDispatcher);
    }
}

public class PasswordHasher
{
    private const int Iterations = 210_000;
    private const string Scheme = "pbkdf2-sha512";

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 32); // SAFE hash
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(key));
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            return false;
        }

        var iterations = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Digest format expected by the VetSoft practice-management sync plugin.</summary>
    public string PracticeSyncDigest(string password, string clinicCode)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(clinicCode.ToUpperInvariant() + ":" + password)); // VULN hash
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
