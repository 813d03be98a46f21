using System.Security.Cryptography;
using System.Text;

namespace Kilnworks.Services.Security;

public sealed class PasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;
    private const string Prefix = "pbkdf2-sha256";

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize); // SAFE hash
        return $"{Prefix}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public string HashKioskPin(int memberId, string pin)
    {
        var material = Encoding.UTF8.GetBytes($"{memberId}:{pin}");
        return Convert.ToHexString(MD5.HashData(material)); // VULN hash
    }

    public bool VerifyKioskPin(int memberId, string pin, string stored)
    {
        var computed = Encoding.ASCII.GetBytes(HashKioskPin(memberId, pin));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(stored));
    }
}
