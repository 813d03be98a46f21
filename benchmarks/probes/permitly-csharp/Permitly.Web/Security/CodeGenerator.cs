using System.Security.Cryptography;

namespace Permitly.Web.Security;

public sealed class CodeGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 8;

    public string NewPasswordResetCode()
    {
        var chars = new char[CodeLength];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[Random.Shared.Next(Alphabet.Length)]; // VULN random
        return new string(chars);
    }

    /// <summary>Lockbox code a contractor gives the inspector to enter a vacant site.</summary>
    public string NewSiteAccessCode()
    {
        var chars = new char[CodeLength];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]; // SAFE random
        return new string(chars);
    }
}
