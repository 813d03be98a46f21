using Microsoft.Extensions.Options;
using Permitly.Web.Config;

namespace Permitly.Web.Services;

public sealed class CountyGisClient(HttpClient http, IOptions<PermitlyOptions> options)
{
    private readonly HashSet<string> _allowedHosts = new(options.Value.Gis.AllowedHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Fetches an overlay layer (flood zone, historic district...) picked in the map UI.</summary>
    public async Task<string> GetLayerAsync(string layerUrl, CancellationToken ct)
    {
        if (!Uri.TryCreate(layerUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw new ArgumentException("Layer URL must be an absolute https URL.", nameof(layerUrl));
        if (!_allowedHosts.Contains(uri.Host))
            throw new ArgumentException($"Layer host {uri.Host} is not a county GIS server.", nameof(layerUrl));
        return await http.GetStringAsync(uri, ct); // SAFE ssrf
    }
}
