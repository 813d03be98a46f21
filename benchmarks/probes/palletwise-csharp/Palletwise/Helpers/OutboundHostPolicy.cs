using Microsoft.Extensions.Options;
using Palletwise.Config;

namespace Palletwise.Helpers;

public class OutboundHostPolicy
{
    private readonly HashSet<string> _trustedHosts;

    public OutboundHostPolicy(IOptions<PalletwiseOptions> options)
    {
        _trustedHosts = new HashSet<string>(options.Value.TrustedCarrierHosts, StringComparer.OrdinalIgnoreCase);
    }

    public Uri RequireTrusted(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !uri.IsDefaultPort
            || !_trustedHosts.Contains(uri.Host))
        {
            throw new InvalidOperationException("Tracking host is not on the carrier allow-list.");
        }

        return uri;
    }
}
