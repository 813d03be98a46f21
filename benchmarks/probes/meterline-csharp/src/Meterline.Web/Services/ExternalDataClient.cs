using Meterline.Config;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed class ExternalDataClient(IHttpClientFactory clients, IOptions<MeterlineOptions> options)
{
    private const string ForecastBase = "https://api.weather.gov";
    private readonly HashSet<string> _gisHosts = new(options.Value.GisHosts, StringComparer.OrdinalIgnoreCase);

    public async Task<string> FetchForecastAsync(string sourceUrl)
    {
        if (!sourceUrl.StartsWith(ForecastBase, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException("Forecast source must be the National Weather Service API.", nameof(sourceUrl));

        return await clients.CreateClient("forecast").GetStringAsync(sourceUrl); // VULN ssrf
    }

    public async Task<byte[]> FetchGisTileAsync(string tileUrl)
    {
        if (!Uri.TryCreate(tileUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !_gisHosts.Contains(uri.Host))
            throw new ArgumentException("Tile host is not an approved GIS provider.", nameof(tileUrl));

        return await clients.CreateClient("gis").GetByteArrayAsync(uri); // SAFE ssrf
    }
}
