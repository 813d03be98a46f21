using System.Text;
using System.Text.RegularExpressions;

namespace Larderline.Security;

public static class OutboundUrls
{
    /// <summary>Only HTTPS endpoints on hosts the partnerships team has signed off are contacted.</summary>
    public static bool TryGetApprovedWebhook(string? candidate, IReadOnlyCollection<string> approvedHosts, out Uri? endpoint)
    {
        endpoint = null;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri))
        {
            return false;
        }
        if (uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort)
        {
            return false;
        }
        if (!approvedHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        endpoint = uri;
        return true;
    }
}

public static class ReturnUrls
{
    /// <summary>Return URLs produced by our own pages are always site-relative.</summary>
    public static bool LooksLocal(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.StartsWith('/') && !url.StartsWith("/\\", StringComparison.Ordinal);
}

public static class WebLinks
{
    /// <summary>Returns the link only when it is an absolute http(s) URL; anything else is dropped.</summary>
    public static string? HttpOnly(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }
}

public static class LdapFilter
{
    /// <summary>RFC 4515 escaping for values placed inside a search filter.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}

public static partial class DepotCodes
{
    [GeneratedRegex(@"^[A-Z]{3}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);
}

public static class StationOperators
{
    public static string Normalise(string? headerValue) =>
        string.IsNullOrWhiteSpace(headerValue) ? "station" : headerValue.Trim();
}
