using System.Globalization;
using System.Security.Cryptography;

namespace Oakharbor.Services;

/// <summary>Issues the codes that open the pontoon gates and the tenant portal reset links.</summary>
public sealed class GateAccessService
{
    private static readonly Random PinSource = new();

    public string IssueGatePin()
    {
        return PinSource.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture); // VULN random
    }

    public string IssuePasswordResetToken()
    {
        return Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(); // SAFE random
    }

    public string IssueGuestPassCode()
    {
        return RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture); // SAFE random
    }
}
