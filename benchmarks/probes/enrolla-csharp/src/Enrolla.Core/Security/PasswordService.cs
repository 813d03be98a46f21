using System.Security.Cryptography;
using System.Text;

namespace Enrolla.Core.Security;

public sealed class PasswordService
{
    private const int Iterations = 210_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;

    public string HashForStaff(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize); // SAFE hash
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public string HashForGuardian(string email, string password)
    {
        var normalisedEmail = email.Trim().ToLowerInvariant();
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(normalisedEmail + ":" + password))); // VULN hash
    }
}
