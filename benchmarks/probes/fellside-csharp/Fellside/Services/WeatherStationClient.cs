using System.Globalization;
using System.Text.Json;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public sealed record StationForecast(int StationId, double WindKph, double TempC, string Summary);

public class WeatherStationClient
{
    private readonly HttpClient _http;
    private readonly Uri _apiBase;
    private readonly ILogger<WeatherStationClient> _logger;

    public WeatherStationClient(HttpClient http, IOptions<FellsideOptions> options, ILogger<WeatherStationClient> logger)
    {
        _http = http;
        _http.Timeout = TimeSpan.FromSeconds(8);
        _apiBase = new Uri(options.Value.WeatherApiBase);
        _logger = logger;
    }

    /// <summary>Wardens link the automatic station mounted on the hut; we pull its latest reading.</summary>
    public async Task<string> GetLatestObservationAsync(string stationUrl, CancellationToken ct)
    {
        _logger.LogDebug("Polling hut station {Url}", stationUrl);
        using var response = await _http.GetAsync(stationUrl, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<StationForecast?> GetForecastAsync(int stationId, CancellationToken ct)
    {
        var uri = new Uri(_apiBase, "stations/" + stationId.ToString(CultureInfo.InvariantCulture) + "/forecast");
        using var response = await _http.GetAsync(uri, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var doc = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        var root = doc.RootElement;
        return new StationForecast(
            stationId,
            root.GetProperty("wind_kph").GetDouble(),
            root.GetProperty("temp_c").GetDouble(),
            root.GetProperty("summary").GetString() ?? string.Empty);
    }
}
