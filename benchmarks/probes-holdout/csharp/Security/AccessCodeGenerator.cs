using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Larderline.Security;

public sealed class AccessCodeGenerator
{
    /// <summary>Six-digit code the household reads out at the collection point.</summary>
    public string NewCollectionCode()
    {
        var value = Random.Shared.Next(0, 1_000_000); // VULN random
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Token embedded in the volunteer invitation link.</summary>
    public string NewInviteToken()
    {
        var bytes = RandomNumberGenerator.GetBytes(32); // SAFE random
        return WebEncoders.Base64UrlEncode(bytes);
    }
}
