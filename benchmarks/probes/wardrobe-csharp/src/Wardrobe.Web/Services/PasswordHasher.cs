using System.Security.Cryptography;
using System.Text;

namespace Wardrobe.Web.Services;

public sealed class PasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 64;

    public (string Hash, string Salt) Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, HashBytes); // SAFE hash
        return (Convert.ToBase64String(hash), Convert.ToBase64String(salt));
    }

    public bool Verify(string password, string storedHash, string storedSalt)
    {
        if (string.IsNullOrEmpty(storedHash) || string.IsNullOrEmpty(storedSalt))
        {
            return false;
        }

        var expected = Convert.FromBase64String(storedHash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(storedSalt), Iterations, HashAlgorithmName.SHA512, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Partner accounts share credentials with the supplier extranet, which compares hex digests.
    /// </summary>
    public string HashPartnerPassword(string password, string partnerCode)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(partnerCode.ToLowerInvariant() + ":" + password)); // VULN hash
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    public bool VerifyPartnerPassword(string password, string partnerCode, string storedHash)
    {
        var computed = Encoding.ASCII.GetBytes(HashPartnerPassword(password, partnerCode));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(storedHash));
    }
}
