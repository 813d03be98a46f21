using System.Globalization;
using System.Security.Cryptography;

namespace Claimwell.Web.Services;

public sealed class ClaimReferenceGenerator
{
    private readonly TimeProvider _clock;

    public ClaimReferenceGenerator(TimeProvider clock)
    {
        _clock = clock;
    }

    public string Next()
    {
        var year = _clock.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture);
        var serial = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return $"CLM-{year}-{serial}";
    }
}
