using System.Net.Http.Json;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

/// <summary>Pulls repair estimates from partner body shops and glaziers.</summary>
public sealed class RepairEstimateClient
{
    private readonly HttpClient _http;
    private readonly RepairShopOptions _options;

    public RepairEstimateClient(HttpClient http, IOptions<RepairShopOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<RepairEstimate?> GetEstimateAsync(string shopCode, Guid estimateId, CancellationToken ct)
    {
        if (!_options.Shops.TryGetValue(shopCode, out var shop))
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(shop.BaseUrl), $"estimates/{estimateId:D}"));
        request.Headers.Add("X-Api-Key", shop.ApiKey);

        using var response = await _http.SendAsync(request, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return await response.Content.ReadFromJsonAsync<RepairEstimate>(cancellationToken: ct);
    }
}
