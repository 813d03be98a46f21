namespace Innkeep.Helpers;

public static class UrlGuard
{
    public static bool TryGetPartnerUri(string? raw, IEnumerable<string> allowedHosts, out Uri partnerUri)
    {
        partnerUri = null!;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var parsed))
            return false;
        if (parsed.Scheme != Uri.UriSchemeHttps || !parsed.IsDefaultPort || !string.IsNullOrEmpty(parsed.UserInfo))
            return false;
        if (!allowedHosts.Contains(parsed.IdnHost, StringComparer.OrdinalIgnoreCase))
            return false;
        partnerUri = parsed;
        return true;
    }
}
