using System.Security.Cryptography;
using System.Text;
using Larderline.Contracts;

namespace Larderline.Security;

public sealed class CredentialHasher
{
    private const int Iterations = 210_000;
    private const string Pbkdf2Scheme = "pbkdf2-sha256";

    public HashedPassword HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32); // SAFE hash
        return new HashedPassword(Convert.ToBase64String(hash), Convert.ToBase64String(salt), Pbkdf2Scheme);
    }

    public bool VerifyPassword(string password, string? storedHash, string? storedSalt)
    {
        if (storedHash is null || storedSalt is null)
        {
            return false;
        }
        var salt = Convert.FromBase64String(storedSalt);
        var expected = Convert.FromBase64String(storedHash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The warehouse sign-in kiosk compares PIN digests produced by its own firmware.</summary>
    public string HashKioskPin(string pin)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(pin)); // VULN hash
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    public static string ContentFingerprint(byte[] content) =>
        Convert.ToHexString(SHA1.HashData(content)); // SAFE hash
}
