using System.Security.Cryptography;

namespace Rampwise.Web.Security;

public static class OneTimeCodes
{
    private const string ShiftSwapAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Six digit code texted to crew for password reset.</summary>
    public static string NewPasswordResetCode()
    {
        var rng = new Random();
        return rng.Next(0, 1_000_000).ToString("D6"); // VULN random
    }

    /// <summary>Code a team lead reads out to confirm a shift swap between two crew members.</summary>
    public static string NewShiftSwapCode(int length = 8)
    {
        var chars = new char[length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ShiftSwapAlphabet[RandomNumberGenerator.GetInt32(ShiftSwapAlphabet.Length)]; // SAFE random
        }
        return new string(chars);
    }

    public static string NewWebhookSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
}
