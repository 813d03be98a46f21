using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed class PortalSessionService
{
    private readonly PortalOptions _options;

    public PortalSessionService(IOptions<PortalOptions> options)
    {
        _options = options.Value;
    }

    /// <summary>
    /// Brokers arrive from several agency front-ends hosted under our domain; after sign-out we send them back
    /// to whichever one they came from.
    /// </summary>
    public string ResolvePostLogoutTarget(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return _options.DefaultLogoutUrl;
        }

        if (requested.StartsWith('/') && !requested.StartsWith("//", StringComparison.Ordinal))
        {
            return requested;
        }

        if (requested.Contains(_options.PortalDomain, StringComparison.OrdinalIgnoreCase))
        {
            return requested;
        }

        return _options.DefaultLogoutUrl;
    }

    public bool TryGetPartnerPortal(string key, out string url) =>
        _options.PartnerPortals.TryGetValue(key, out url!);

    public IReadOnlyDictionary<string, string> PartnerPortals => _options.PartnerPortals;
}
