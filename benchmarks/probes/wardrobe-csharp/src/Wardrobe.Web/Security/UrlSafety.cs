namespace Wardrobe.Web.Security;

public static class UrlSafety
{
    /// <summary>True when the URL points somewhere on this site rather than at another host.</summary>
    public static bool IsSiteRelative(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/');

    /// <summary>True when the feed lives under the registered supplier feed host.</summary>
    public static bool IsPartnerFeed(string? url, string feedPrefix) =>
        !string.IsNullOrWhiteSpace(url) && url.StartsWith(feedPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the URL is an https link to one of the partner's web sites.</summary>
    public static bool IsPartnerSite(string? url, string partnerDomain) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.EndsWith(partnerDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>Exact host match against an allow-list, https on the default port only.</summary>
    public static bool IsAllowedHost(Uri url, IEnumerable<string> allowedHosts) =>
        url.IsAbsoluteUri
        && url.Scheme == Uri.UriSchemeHttps
        && url.IsDefaultPort
        && string.IsNullOrEmpty(url.UserInfo)
        && allowedHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase);
}
