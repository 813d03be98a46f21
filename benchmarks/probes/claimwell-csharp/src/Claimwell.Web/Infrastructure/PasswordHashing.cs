using System.Security.Cryptography;
using System.Text;

namespace Claimwell.Web.Infrastructure;

public static class PasswordHashing
{
    private const int SaltSize = 16;
    private const int KeySize = 32;
    private const int Iterations = 310_000;
    private const string Prefix = "pbkdf2-sha256";

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize); // SAFE hash
        return $"{Prefix}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static bool Verify(string password, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return false;
        }

        if (stored.StartsWith("md5$", StringComparison.Ordinal))
        {
            return CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(stored),
                Encoding.ASCII.GetBytes(LegacyPortalHasher.Hash(password)));
        }

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

    public static bool NeedsRehash(string? stored) =>
        stored is null || !stored.StartsWith(Prefix + "$", StringComparison.Ordinal);
}

/// <summary>Hash format shared with the legacy broker extranet, which still reads the Brokers table.</summary>
public static class LegacyPortalHasher
{
    public static string Hash(string password)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(password)); // VULN hash
        return "md5$" + Convert.ToHexString(digest).ToLowerInvariant();
    }
}
