namespace Quayside.Api.Security;

public static class UrlSafety
{
    /// <summary>
    /// Accepts only application-relative paths such as "/backoffice/bookings".
    /// Mirrors the rules used by IUrlHelper.IsLocalUrl.
    /// </summary>
    public static bool IsLocalReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        if (url[0] == '/')
        {
            if (url.Length == 1)
            {
                return true;
            }

            return url[1] != '/' && url[1] != '\\' && !url.Contains("://", StringComparison.Ordinal);
        }

        if (url.Length > 1 && url[0] == '~' && url[1] == '/')
        {
            return url.Length == 2 || (url[2] != '/' && url[2] != '\\');
        }

        return false;
    }

    /// <summary>
    /// Cheap check used by the SSO hand-off, where state values are always paths.
    /// </summary>
    public static bool LooksRelative(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.StartsWith('/');

    /// <summary>
    /// Port authority feeds all hang off the configured API base URL.
    /// </summary>
    public static bool IsPortAuthorityFeed(string url, string baseUrl) =>
        url.StartsWith(baseUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    public static bool TryGetPartnerUri(string? url, IEnumerable<string> allowedHosts, out Uri partnerUri)
    {
        partnerUri = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttps || !parsed.IsDefaultPort || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        if (!allowedHosts.Any(h => string.Equals(h, parsed.IdnHost, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        partnerUri = parsed;
        return true;
    }

    public static bool IsAbsoluteHttps(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps;
}
