using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

public sealed class TransportService
{
    private const long MaxFeedBytes = 50 * 1024 * 1024;

    private readonly HttpClient _vehicleApi;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TransportOptions _options;
    private readonly PartnerHostPolicy _partnerHosts;
    private readonly RouteCatalog _catalog;
    private readonly ILogger<TransportService> _logger;

    public TransportService(
        HttpClient vehicleApi,
        IHttpClientFactory httpClientFactory,
        IOptions<TransportOptions> options,
        PartnerHostPolicy partnerHosts,
        RouteCatalog catalog,
        ILogger<TransportService> logger)
    {
        _vehicleApi = vehicleApi;
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _partnerHosts = partnerHosts;
        _catalog = catalog;
        _logger = logger;
    }

    public async Task<IReadOnlyList<VehiclePosition>> GetVehiclePositionsAsync(int routeId, CancellationToken ct)
    {
        var positions = await _vehicleApi.GetFromJsonAsync<List<VehiclePosition>>($"v2/routes/{routeId}/vehicles", ct); // SAFE ssrf
        return positions ?? new List<VehiclePosition>();
    }

    public IReadOnlyList<StopInfo> GetStops(string routeCode)
    {
        if (!InputRules.RouteCode().IsMatch(routeCode))
        {
            throw new ArgumentException($"'{routeCode}' is not a route code.");
        }

        return _catalog.GetPublicStops(routeCode);
    }

    public RouteInfo? FindRoute(string routeCode) => _catalog.FindRoute(routeCode);

    /// <summary>Downloads a GTFS zip from the regional transit authority and lists its contents.</summary>
    public async Task<GtfsFeedSummary> PreviewFeedAsync(string feedUrl, CancellationToken ct)
    {
        if (!feedUrl.StartsWith(_options.TransitFeedBase, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Feeds must come from the regional transit authority.");
        }

        var client = _httpClientFactory.CreateClient("feeds");
        using var response = await client.GetAsync(feedUrl, HttpCompletionOption.ResponseHeadersRead, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxFeedBytes)
        {
            throw new InvalidOperationException("Feed is larger than the preview limit.");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = archive.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return new GtfsFeedSummary(feedUrl, bytes.LongLength, entries.Count, entries, DateTimeOffset.UtcNow);
    }

    /// <summary>Pulls a contractor's timetable CSV.</summary>
    public async Task<IReadOnlyList<TimetableRow>> FetchPartnerTimetableAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !_partnerHosts.IsAllowed(uri))
        {
            throw new ArgumentException("Timetables can only be fetched from approved transport partners.");
        }

        var client = _httpClientFactory.CreateClient("feeds");
        var csv = await client.GetStringAsync(uri, ct); // SAFE ssrf
        return csv
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(cols => cols.Length >= 3)
            .Select(cols => new TimetableRow(cols[0], cols[1], cols[2]))
            .ToList();
    }

    /// <summary>Converts a driver's GPX trace into KML for the route map.</summary>
    public async Task<string> ConvertGpxAsync(string uploadedGpxPath, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.kml");
        var startInfo = new ProcessStartInfo(_options.GpsBabelPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-i", "gpx", "-f", uploadedGpxPath, "-o", "kml", "-F", output })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("gpsbabel could not be started."); // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("gpsbabel failed: {Error}", stderr);
            throw new InvalidOperationException("The GPX file could not be converted.");
        }

        return await File.ReadAllTextAsync(output, ct);
    }
}
