using Fellside.Infrastructure;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public sealed record TileResult(byte[] Content, string ContentType);

public class MapTileProxy
{
    private readonly HttpClient _http;
    private readonly FellsideOptions _options;

    public MapTileProxy(HttpClient http, IOptions<FellsideOptions> options)
    {
        _http = http;
        _options = options.Value;
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Fellside-TileProxy/1.4");
    }

    public async Task<TileResult?> FetchTileAsync(string tileUrl, CancellationToken ct)
    {
        if (!UrlGuard.TryCreateAllowedTileUri(tileUrl, _options.TileHosts, out var uri))
        {
            return null;
        }

        using var response = await _http.GetAsync(uri, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return new TileResult(
            await response.Content.ReadAsByteArrayAsync(ct),
            response.Content.Headers.ContentType?.MediaType ?? "image/png");
    }

    /// <summary>Route overlays pasted by team leaders (GPX/GeoJSON links) are fetched for the preview pane.</summary>
    public async Task<TileResult?> FetchOverlayAsync(string overlayUrl, CancellationToken ct)
    {
        using var response = await _http.GetAsync(overlayUrl, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return new TileResult(
            await response.Content.ReadAsByteArrayAsync(ct),
            response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream");
    }
}
