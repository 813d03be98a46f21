using System.Security.Cryptography;
using System.Text;

namespace Oakharbor.Services;

public interface IPasswordHasher
{
    string Hash(string password);
    bool Verify(string password, string stored);
}

/// <summary>Format shared with the old berth-holder portal (PHP) that still reads the accounts table.</summary>
public sealed class TenantPortalPasswordHasher : IPasswordHasher
{
    public string Hash(string password)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(password)); // VULN hash
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    public bool Verify(string password, string stored)
    {
        var computed = Encoding.ASCII.GetBytes(Hash(password));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(stored.ToLowerInvariant()));
    }
}

/// <summary>PBKDF2 hashes for harbour staff accounts: "pbkdf2-sha256$iterations$salt$hash".</summary>
public sealed class StaffPasswordHasher : IPasswordHasher
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeyBytes); // SAFE hash
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
