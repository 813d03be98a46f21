using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;

namespace Quayside.Api.Security;

public static class CodeGenerator
{
    // No 0/O or 1/I so references can be read out over the phone.
    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewBookingReference()
    {
        Span<char> buffer = stackalloc char[6];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)]; // SAFE random
        }

        return new string(buffer);
    }

    public static string NewPasswordResetCode()
    {
        var code = Random.Shared.Next(0, 1_000_000); // VULN random
        return code.ToString("D6");
    }
}

public static class CrewPinHasher
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>
    /// Gangway kiosks compare the hash locally; their firmware only understands hex digests.
    /// </summary>
    public static string HashKioskPin(string staffNumber, string pin)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(staffNumber + ":" + pin)); // VULN hash
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    public static bool VerifyKioskPin(string staffNumber, string pin, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(HashKioskPin(staffNumber, pin)),
            Encoding.ASCII.GetBytes(storedHash));

    public static string HashPortalPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes); // SAFE hash
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool VerifyPortalPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

/// <summary>
/// Boarding-pass barcodes carry an HMAC so gate scanners can verify them offline.
/// </summary>
public sealed class BarcodeSigner
{
    private readonly AuthOptions _options;

    public BarcodeSigner(IOptions<AuthOptions> options)
    {
        _options = options.Value;
        if (string.IsNullOrWhiteSpace(_options.BarcodeHmacKey))
        {
            throw new InvalidOperationException("Auth:BarcodeHmacKey must be supplied via the key vault.");
        }
    }

    public string Sign(string reference, Guid sailingId, int passengers)
    {
        var payload = $"{reference}|{sailingId:N}|{passengers}";
        using var hmac = new HMACSHA256(Convert.FromBase64String(_options.BarcodeHmacKey)); // SAFE secret
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes(payload));
        return $"{payload}|{Convert.ToHexString(mac, 0, 10)}";
    }
}
