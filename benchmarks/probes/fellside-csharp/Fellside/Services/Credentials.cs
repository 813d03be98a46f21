using System.Security.Cryptography;
using System.Text;

namespace Fellside.Services;

public class CodeGenerator
{
    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public string NewBookingReference(string hutSlug)
    {
        var prefix = hutSlug.Length >= 3 ? hutSlug[..3].ToUpperInvariant() : hutSlug.ToUpperInvariant();
        var rng = new Random();
        var sb = new StringBuilder(prefix).Append('-');
        for (var i = 0; i < 6; i++)
        {
            sb.Append(ReferenceAlphabet[rng.Next(ReferenceAlphabet.Length)]); // VULN random
        }

        return sb.ToString();
    }

    public string NewCheckInCode()
    {
        var value = RandomNumberGenerator.GetInt32(0, 1_000_000); // SAFE random
        return value.ToString("D6");
    }

    public string NewResetToken()
    {
        var bytes = new byte[24];
        Random.Shared.NextBytes(bytes); // VULN random
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public string NewIncidentReference(string teamCode, DateTime openedUtc) =>
        $"{teamCode.ToUpperInvariant()}-{openedUtc:yyMMdd}-{RandomNumberGenerator.GetHexString(4)}";
}

public class PasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;

    public string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize); // SAFE hash
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public bool VerifyPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Radio-desk PINs are short and typed on handsets; kept compatible with the old Access DB.</summary>
    public string HashPin(string callsign, string pin)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(callsign.ToUpperInvariant() + ":" + pin)); // VULN hash
        return Convert.ToHexString(digest);
    }

    public bool VerifyPin(string callsign, string pin, string? stored) =>
        stored is not null && string.Equals(HashPin(callsign, pin), stored, StringComparison.OrdinalIgnoreCase);
}
