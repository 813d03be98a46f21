using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

/// <summary>Talks to costume suppliers: stock feeds, trade price lists and fabric swatches.</summary>
public sealed class SupplierCatalogClient
{
    private const int PreviewLines = 20;

    private readonly HttpClient _http;
    private readonly SupplierOptions _options;
    private readonly ILogger<SupplierCatalogClient> _logger;

    public SupplierCatalogClient(HttpClient http, IOptions<SupplierOptions> options, ILogger<SupplierCatalogClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<FeedPreview> PreviewFeedAsync(string feedUrl, CancellationToken ct)
    {
        if (!UrlSafety.IsPartnerFeed(feedUrl, _options.FeedPrefix))
        {
            throw new ArgumentException("Feeds must be hosted on the supplier feed service.", nameof(feedUrl));
        }

        using var response = await _http.GetAsync(feedUrl, HttpCompletionOption.ResponseHeadersRead, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadAsStringAsync(ct);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _logger.LogInformation("Previewed supplier feed {Feed}: {Lines} lines", feedUrl, lines.Length);
        return new FeedPreview(feedUrl, response.Content.Headers.ContentType?.MediaType, lines.Length, lines.Take(PreviewLines).ToArray());
    }

    public async Task<PriceList?> GetPriceListAsync(string supplierCode, CancellationToken ct)
    {
        if (!_options.PriceListEndpoints.TryGetValue(supplierCode, out var endpoint))
        {
            return null;
        }

        return await _http.GetFromJsonAsync<PriceList>(endpoint, ct); // SAFE ssrf
    }

    public async Task<byte[]> DownloadSwatchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !UrlSafety.IsAllowedHost(uri, _options.AllowedSwatchHosts))
        {
            throw new ArgumentException("Swatch images are only fetched from supplier CDNs.", nameof(url));
        }

        return await _http.GetByteArrayAsync(uri, ct); // SAFE ssrf
    }
}
