using Microsoft.Extensions.Options;
using Rollcall.Web.Config;

namespace Rollcall.Web.Util;

public sealed class PartnerHostPolicy
{
    private readonly HashSet<string> _hosts;

    public PartnerHostPolicy(IOptions<TransportOptions> options)
    {
        _hosts = new HashSet<string>(options.Value.PartnerHosts, StringComparer.OrdinalIgnoreCase);
    }

    public bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.IsDefaultPort
        && string.IsNullOrEmpty(uri.UserInfo)
        && _hosts.Contains(uri.IdnHost);
}
