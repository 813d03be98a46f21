using System.Net;

namespace Rampwise.Web.Infrastructure;

public static class OutboundUrlPolicy
{
    private static readonly string[] PartnerDomains =
    {
        "klm-ops.example.com",
        "transavia-partners.example.com",
        "easyjet-handling.example.com",
        "delta-ground.example.com",
        "skyfuel-partners.com"
    };

    /// <summary>
    /// Accepts only absolute https URLs on the default port whose host is a registered partner
    /// domain (or a subdomain of one). IP literals and userinfo are rejected.
    /// </summary>
    public static bool TryGetPartnerUri(string? value, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttps || !parsed.IsDefaultPort || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        if (IPAddress.TryParse(parsed.DnsSafeHost, out _))
        {
            return false;
        }

        var host = parsed.IdnHost.ToLowerInvariant();
        if (!PartnerDomains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)))
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
