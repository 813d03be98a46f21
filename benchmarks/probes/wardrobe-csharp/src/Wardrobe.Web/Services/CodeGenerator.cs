using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Wardrobe.Web.Services;

/// <summary>Codes and tokens handed out to members and partners.</summary>
public sealed class CodeGenerator
{
    private const string PickupAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Eight character code the member quotes at the collection desk.</summary>
    public string NewPickupCode()
    {
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = PickupAlphabet[Random.Shared.Next(PickupAlphabet.Length)]; // VULN random
        }

        return new string(code);
    }

    /// <summary>Single-use token embedded in the password reset link.</summary>
    public string NewResetToken()
    {
        var bytes = new byte[24];
        new Random().NextBytes(bytes); // VULN random
        return WebEncoders.Base64UrlEncode(bytes);
    }

    /// <summary>Six digit code e-mailed to confirm a new member's address.</summary>
    public string NewVerificationCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture); // SAFE random

    /// <summary>Long-lived API key for partner integrations.</summary>
    public string NewApiKey() =>
        "wrk_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)); // SAFE random
}
