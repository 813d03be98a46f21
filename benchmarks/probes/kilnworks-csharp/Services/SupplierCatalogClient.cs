using Kilnworks.Configuration;
using Kilnworks.Services.Security;
using Microsoft.Extensions.Options;
using RestSharp;

namespace Kilnworks.Services;

public sealed record SupplierMaterial(string Sku, string Name, decimal PricePerKg, string? SafetySheetUrl);

public sealed class SupplierCatalogClient : IDisposable
{
    private readonly RestClient _client = new(new RestClientOptions { Timeout = TimeSpan.FromSeconds(10), FollowRedirects = false });
    private readonly StudioOptions _options;

    public SupplierCatalogClient(IOptions<StudioOptions> options)
    {
        _options = options.Value;
    }

    public async Task<IReadOnlyList<SupplierMaterial>> LookupAsync(string catalogUrl, string material, CancellationToken ct)
    {
        if (!UrlGuards.TryGetAllowedSupplierUri(catalogUrl, _options.SupplierCatalogHosts, out var catalog))
        {
            throw new ArgumentException("Catalog host is not an approved supplier.", nameof(catalogUrl));
        }

        var request = new RestRequest(new Uri(catalog, "/v2/materials"));
        request.AddQueryParameter("q", material);
        var response = await _client.ExecuteAsync<List<SupplierMaterial>>(request, ct); // SAFE ssrf
        return response.Data ?? new List<SupplierMaterial>();
    }

    public void Dispose() => _client.Dispose();
}

public sealed class RemoteImageFetcher : IDisposable
{
    private const long MaxBytes = 8 * 1024 * 1024;
    private readonly RestClient _client = new(new RestClientOptions { Timeout = TimeSpan.FromSeconds(20), MaxRedirects = 3 });

    public async Task<(byte[] Content, string ContentType)> FetchAsync(Uri source, CancellationToken ct)
    {
        var request = new RestRequest(source);
        var response = await _client.ExecuteAsync(request, ct); // VULN ssrf
        if (!response.IsSuccessful || response.RawBytes is null)
        {
            throw new InvalidOperationException($"Could not download image: {response.StatusCode}");
        }
        if (response.RawBytes.LongLength > MaxBytes)
        {
            throw new InvalidOperationException("Image is larger than 8 MB.");
        }
        return (response.RawBytes, response.ContentType ?? "application/octet-stream");
    }

    public void Dispose() => _client.Dispose();
}
