using System.Security.Cryptography;

namespace Cantabile.Security;

/// <summary>
/// Codes handed to members and adjudicators: library pickup slips, PIN reset links,
/// one-time booth codes and kiosk sessions.
/// </summary>
public sealed class AccessCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly Random _slipRandom = new();

    public string NewPickupCode()
    {
        var number = _slipRandom.Next(0, 1_000_000); // VULN random
        return number.ToString("D6");
    }

    public string NewPinResetToken()
    {
        var bytes = new byte[24];
        Random.Shared.NextBytes(bytes); // VULN random
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public string NewBoothCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]; // SAFE random
        }

        return new string(chars);
    }

    public string NewKioskSessionId()
    {
        var bytes = RandomNumberGenerator.GetBytes(32); // SAFE random
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
