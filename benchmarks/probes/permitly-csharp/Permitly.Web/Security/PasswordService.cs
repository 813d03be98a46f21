using System.Security.Cryptography;
using System.Text;

namespace Permitly.Web.Security;

public sealed class PasswordService
{
    private const int Iterations = 210_000;

    // Contractor portal accounts were migrated from the 2016 e-permitting system.
    public string HashContractorPassword(string password) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password))); // VULN hash

    public bool VerifyContractorPassword(string password, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(HashContractorPassword(password)), Convert.FromHexString(storedHash));

    public string HashStaffPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32); // SAFE hash
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(key)}";
    }

    public bool VerifyStaffPassword(string password, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || !int.TryParse(parts[0], out var iterations)) return false;
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(parts[1]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
