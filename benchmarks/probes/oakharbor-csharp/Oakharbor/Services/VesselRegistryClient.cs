using System.Globalization;
using System.Net.Http.Json;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

public sealed record RegistryEntry(long Mmsi, string Name, string? CallSign, string? Flag, string? ImoNumber, decimal? GrossTonnage);

/// <summary>Looks vessels up in the national maritime registry by MMSI.</summary>
public sealed class VesselRegistryClient
{
    private readonly IHttpClientFactory _clients;

    public VesselRegistryClient(IHttpClientFactory clients)
    {
        _clients = clients;
    }

    public async Task<RegistryEntry?> LookupAsync(long mmsi, CancellationToken ct = default)
    {
        if (mmsi < 100_000_000 || mmsi > 999_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(mmsi), "An MMSI has nine digits.");
        }

        var client = _clients.CreateClient(HttpClientRegistration.VesselRegistry);
        return await client.GetFromJsonAsync<RegistryEntry>($"v2/vessels/{mmsi.ToString(CultureInfo.InvariantCulture)}", ct); // SAFE ssrf
    }
}
