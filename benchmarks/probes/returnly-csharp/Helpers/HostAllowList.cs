using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Returnly.Helpers;

public sealed class HostAllowList(IEnumerable<string> hosts)
{
    private readonly HashSet<string> _hosts = new(hosts, StringComparer.OrdinalIgnoreCase);

    public bool TryGetAllowedUri(string? raw, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var parsed)
            || parsed.Scheme != Uri.UriSchemeHttps
            || !parsed.IsDefaultPort
            || !string.IsNullOrEmpty(parsed.UserInfo)
            || !_hosts.Contains(parsed.IdnHost))
        {
            return false;
        }
        uri = parsed;
        return true;
    }
}

public static class CertificatePins
{
    public static bool Matches(X509Certificate2? certificate, IReadOnlyCollection<string> pinnedSha256) =>
        certificate is not null && pinnedSha256.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256), StringComparer.OrdinalIgnoreCase);
}
