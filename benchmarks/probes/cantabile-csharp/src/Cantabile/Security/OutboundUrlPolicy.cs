using Cantabile.Config;
using Microsoft.Extensions.Options;

namespace Cantabile.Security;

/// <summary>
/// Rules for URLs the festival back-end is willing to call.
/// </summary>
public sealed class OutboundUrlPolicy
{
    private readonly CantabileOptions _options;

    public OutboundUrlPolicy(IOptions<CantabileOptions> options)
    {
        _options = options.Value;
    }

    /// <summary>Recordings must come from the festival media service.</summary>
    public bool IsFestivalMedia(string url)
    {
        return url.StartsWith(_options.MediaPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Exact host match against the configured upload hosts, HTTPS only.</summary>
    public bool IsApprovedMediaHost(string url, out Uri? parsed)
    {
        parsed = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        if (!uri.IsDefaultPort || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (!_options.MediaHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        parsed = uri;
        return true;
    }

    /// <summary>Choir callback endpoints must be absolute http(s) URLs.</summary>
    public static bool IsWellFormedCallback(string? url)
    {
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
