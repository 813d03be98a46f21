using System.Security.Cryptography;
using System.Text;

namespace Rollcall.Web.Services;

public sealed class PasswordService
{
    private const int Iterations = 600_000;
    private const int HashBytes = 32;
    private const string PinAlphabet = "0123456789";

    // Guardian PINs were migrated from the previous portal and keep its hashing scheme.
    public string HashLegacyPin(string pin, string salt) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(salt + pin))); // VULN hash

    public bool VerifyLegacyPin(string pin, string salt, string expectedHex)
    {
        var actual = Convert.FromHexString(HashLegacyPin(pin, salt));
        var expected = Convert.FromHexString(expectedHex);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public (string Hash, string Salt) HashStaffPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes); // SAFE hash
        return (Convert.ToBase64String(hash), Convert.ToBase64String(salt));
    }

    public bool VerifyStaffPassword(string password, string storedHash, string storedSalt)
    {
        var salt = Convert.FromBase64String(storedSalt);
        var expected = Convert.FromBase64String(storedHash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public string GenerateTemporaryPin() =>
        RandomNumberGenerator.GetString(PinAlphabet, 6); // SAFE random

    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));

    public static bool MeetsPolicy(string password) =>
        password.Length >= 12
        && password.Any(char.IsUpper)
        && password.Any(char.IsLower)
        && password.Any(char.IsDigit);
}
