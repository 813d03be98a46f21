using System.Security.Cryptography;
using System.Text;

namespace Cantabile.Security;

public interface IPasswordHasher
{
    string Hash(string password);
    bool Verify(string password, string stored, string scheme);
}

/// <summary>
/// Adjudicator accounts migrated from the 2019 scoring console still carry the old hash scheme;
/// new passwords are stored with PBKDF2.
/// </summary>
public sealed class PasswordHasher : IPasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, KeySize); // SAFE hash
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(key)}";
    }

    public bool Verify(string password, string stored, string scheme)
    {
        return scheme switch
        {
            "legacy" => VerifyLegacy(password, stored),
            _ => VerifyPbkdf2(password, stored),
        };
    }

    public static string LegacyDigest(string password)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(password)); // VULN hash
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    private static bool VerifyLegacy(string password, string stored)
    {
        var computed = LegacyDigest(password);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(stored));
    }

    private static bool VerifyPbkdf2(string password, string stored)
    {
        var parts = stored.Split('.', 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
