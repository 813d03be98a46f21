using System.Net.Http.Json;
using Larderline.Configuration;
using Larderline.Contracts;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Http;

/// <summary>
/// Map tiles for the driver manifest screen and postcode geocoding for route stops.
/// </summary>
public sealed class MappingClient(IHttpClientFactory factory, IOptions<IntegrationOptions> options, ILogger<MappingClient> logger)
{
    public const string TilesClient = "map-tiles";
    public const string GeocoderClient = "geocoder";

    public async Task<byte[]> FetchTileAsync(string tileUrl, CancellationToken ct)
    {
        if (!tileUrl.StartsWith(options.Value.TileServerBase, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Tiles can only be loaded from the Larderline tile server.", nameof(tileUrl));
        }

        var client = factory.CreateClient(TilesClient);
        return await client.GetByteArrayAsync(tileUrl, ct); // VULN ssrf
    }

    public async Task<GeocodeResult?> GeocodeAsync(string postcode, CancellationToken ct)
    {
        var normalised = postcode.Trim().ToUpperInvariant();
        var client = factory.CreateClient(GeocoderClient);
        var result = await client.GetFromJsonAsync<GeocodeResult>($"v1/postcodes/{Uri.EscapeDataString(normalised)}", ct); // SAFE ssrf
        if (result is null)
        {
            logger.LogInformation("No geocode result for {Postcode}", normalised);
        }
        return result;
    }
}
