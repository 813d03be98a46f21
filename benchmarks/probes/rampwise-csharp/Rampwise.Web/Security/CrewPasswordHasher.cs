using System.Security.Cryptography;
using System.Text;

namespace Rampwise.Web.Security;

public interface ICrewPasswordHasher
{
    (string Hash, string Salt) HashPassword(string password);
    bool VerifyPassword(string password, string storedHash, string? storedSalt);
    string HashTabletPin(string badgeNumber, string pin);
}

public class CrewPasswordHasher : ICrewPasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public (string Hash, string Salt) HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes); // SAFE hash
        return (Convert.ToBase64String(hash), Convert.ToBase64String(salt));
    }

    public bool VerifyPassword(string password, string storedHash, string? storedSalt)
    {
        if (string.IsNullOrEmpty(storedSalt))
        {
            return false;
        }

        var salt = Convert.FromBase64String(storedSalt);
        var expected = Convert.FromBase64String(storedHash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Ramp tablets unlock with a short PIN; the hash is synced to the tablets for offline unlock.
    /// </summary>
    public string HashTabletPin(string badgeNumber, string pin)
    {
        var material = Encoding.UTF8.GetBytes($"{badgeNumber}:{pin}");
        return Convert.ToHexString(MD5.HashData(material)); // VULN hash
    }
}
