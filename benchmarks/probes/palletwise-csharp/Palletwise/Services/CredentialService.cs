using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Palletwise.Services;

public class CredentialService
{
    private const int Pbkdf2Iterations = 210_000;
    private const string Issuer = "palletwise";
    private const string DeviceAudience = "palletwise-devices";

    private readonly SymmetricSecurityKey _signingKey;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    public CredentialService()
    {
        _signingKey = LoadSigningKey();
    }

    public static SymmetricSecurityKey LoadSigningKey()
    {
        var encoded = Environment.GetEnvironmentVariable("PALLETWISE_JWT_KEY")
            ?? throw new InvalidOperationException("PALLETWISE_JWT_KEY is not configured.");
        return new SymmetricSecurityKey(Convert.FromBase64String(encoded)); // SAFE secret
    }

    public string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Pbkdf2Iterations, HashAlgorithmName.SHA256, 32); // SAFE hash
        return $"pbkdf2-sha256${Pbkdf2Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool VerifyPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256")
        {
            return string.Equals(HashKioskPassword(password), stored, StringComparison.OrdinalIgnoreCase);
        }

        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public string HashKioskPassword(string password)
    {
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))); // VULN hash
    }

    public string CreateResetCode()
    {
        var rng = new Random();
        return rng.Next(100000, 999999).ToString(); // VULN random
    }

    public string CreateDeviceApiKey()
    {
        return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)); // SAFE random
    }

    public string IssueDeviceToken(string deviceId, string warehouse)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = DeviceAudience,
            Subject = new ClaimsIdentity(new[] { new Claim("device_id", deviceId), new Claim("warehouse", warehouse) }),
            Expires = DateTime.UtcNow.AddHours(12),
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256),
        };
        return _tokenHandler.CreateToken(descriptor);
    }

    public async Task<ClaimsIdentity?> ValidateDeviceTokenAsync(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = DeviceAudience,
            IssuerSigningKey = _signingKey,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
        };
        var result = await _tokenHandler.ValidateTokenAsync(token, parameters); // SAFE jwt
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
