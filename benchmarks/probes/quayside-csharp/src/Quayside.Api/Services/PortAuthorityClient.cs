using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed record BerthStatus(string PortCode, string Berth, string State, DateTimeOffset? NextArrival, string? Vessel);

public sealed record VesselPosition(string Mmsi, double Latitude, double Longitude, double SpeedKnots, DateTimeOffset ReportedAt);

public sealed class PortAuthorityClient
{
    public const string ApiClient = "port-authority";
    public const string TrackingClient = "vessel-tracking";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly PortAuthorityOptions _options;
    private readonly ILogger<PortAuthorityClient> _logger;

    public PortAuthorityClient(IHttpClientFactory httpClientFactory, IOptions<PortAuthorityOptions> options, ILogger<PortAuthorityClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IReadOnlyList<BerthStatus>> GetBerthStatusAsync(string portCode, CancellationToken ct)
    {
        if (!InputRules.IsPortCode(portCode))
        {
            return Array.Empty<BerthStatus>();
        }

        var client = _httpClientFactory.CreateClient(ApiClient);
        var berths = await client.GetFromJsonAsync<List<BerthStatus>>($"v2/ports/{Uri.EscapeDataString(portCode)}/berths", ct); // SAFE ssrf
        return berths ?? new List<BerthStatus>();
    }

    /// <summary>
    /// AIS positions are published by the port authority on per-vessel feed URLs that the
    /// operations desk pastes in from the authority's portal.
    /// </summary>
    public async Task<string> FetchPositionFeedAsync(string feedUrl, CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient(TrackingClient);
        var body = await client.GetStringAsync(feedUrl, ct); // VULN ssrf
        _logger.LogDebug("Fetched {Bytes} bytes of AIS feed", body.Length);
        return body;
    }
}

public sealed record TimetableRow(string RouteCode, string Vessel, DateTimeOffset DepartsAt, DateTimeOffset ArrivesAt);

/// <summary>
/// Seasonal timetables are published as CSV by the chartering team (usually on SharePoint).
/// </summary>
public sealed class TimetableImporter
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<TimetableImporter> _logger;

    public TimetableImporter(IHttpClientFactory httpClientFactory, ILogger<TimetableImporter> logger)
    {
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task<IReadOnlyList<TimetableRow>> ImportFromUrlAsync(string sourceUrl, CancellationToken ct)
    {
        if (!UrlSafety.IsAbsoluteHttps(sourceUrl))
        {
            throw new ArgumentException("Timetable source must be an https URL.");
        }

        var client = _httpClientFactory.CreateClient("timetables");
        await using var stream = await client.GetStreamAsync(sourceUrl, ct); // VULN ssrf
        using var reader = new StreamReader(stream);

        var rows = new List<TimetableRow>();
        var header = await reader.ReadLineAsync(ct);
        if (header is null || !header.StartsWith("route,vessel,departs,arrives", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException("Timetable CSV header not recognised.");
        }

        string? line;
        var lineNumber = 1;
        while ((line = await reader.ReadLineAsync(ct)) is not null)
        {
            lineNumber++;
            var parts = line.Split(',');
            if (parts.Length < 4 || !InputRules.IsRouteCode(parts[0].Trim()))
            {
                _logger.LogWarning("Skipping timetable line {Line}", lineNumber);
                continue;
            }

            rows.Add(new TimetableRow(
                parts[0].Trim(),
                parts[1].Trim(),
                DateTimeOffset.Parse(parts[2].Trim(), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(parts[3].Trim(), CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
