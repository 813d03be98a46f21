namespace Enrolla.Core.Util;

public sealed class HostAllowList
{
    private readonly HashSet<string> _hosts;

    public HostAllowList(IEnumerable<string> hosts) =>
        _hosts = new HashSet<string>(hosts, StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri && uri.Scheme == Uri.UriSchemeHttps && _hosts.Contains(uri.IdnHost);

    public Uri Require(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsAllowed(uri))
            throw new ArgumentException("Host is not an approved boundary provider.", nameof(url));
        return uri;
    }
}
