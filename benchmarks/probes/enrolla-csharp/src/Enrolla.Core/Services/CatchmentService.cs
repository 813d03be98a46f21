using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Enrolla.Core.Configuration;
using Enrolla.Core.Models;
using Enrolla.Core.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrolla.Core.Services;

public sealed record BoundaryResult(string SchoolUrn, bool InsideBoundary, double DistanceKm);

public sealed class CatchmentService(IHttpClientFactory httpFactory, IOptions<EnrollaOptions> options, ILogger<CatchmentService> logger)
{
    private readonly EnrollaOptions _options = options.Value;
    private readonly HostAllowList _boundaryHosts = new(options.Value.BoundaryHosts);

    public async Task<BoundaryResult?> CheckBoundaryAsync(string providerUrl, string urn, string postcode, CancellationToken ct)
    {
        var provider = _boundaryHosts.Require(providerUrl);
        var client = httpFactory.CreateClient("boundary");
        var query = $"?urn={Uri.EscapeDataString(urn)}&postcode={Uri.EscapeDataString(InputRules.NormalisePostcode(postcode))}";
        using var response = await client.GetAsync(new Uri(provider, query), ct); // SAFE ssrf
        if (response.IsSuccessStatusCode)
            return await response.Content.ReadFromJsonAsync<BoundaryResult>(cancellationToken: ct);
        logger.LogWarning("Boundary provider {Host} returned {Status}", provider.Host, response.StatusCode);
        return null;
    }

    public async Task<byte[]> FetchMapTileAsync(MapTileRequest request, CancellationToken ct)
    {
        if (!Uri.TryCreate(request.ProviderUrl, UriKind.Absolute, out var provider) || !_boundaryHosts.IsAllowed(provider))
            throw new ArgumentException("Unknown map provider.");
        var client = httpFactory.CreateClient("boundary");
        return await client.GetByteArrayAsync(request.TileUrl, ct); // VULN ssrf
    }

    public async Task<string?> GetLaAllocationAsync(string laCode, CancellationToken ct)
    {
        var client = httpFactory.CreateClient("la-gateway");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("enrolla-svc:Adm1ss10ns!Gw2024"))); // VULN secret
        using var response = await client.GetAsync($"allocations/{Uri.EscapeDataString(laCode)}/{_options.AcademicYear.Replace('/', '-')}", ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(ct) : null;
    }
}
