using System.Net.Http.Headers;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;

namespace Rampwise.Web.Services;

/// <summary>
/// Pulls schedule (SSIM) and operational feeds published by the airlines we handle.
/// </summary>
public class AirlineFeedClient
{
    private const string FeedGatewayPrefix = "https://feeds.rampwise.aero";

    private static readonly IReadOnlyDictionary<string, string> ScheduleHosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["KL"] = "ssim.klm-ops.example.com",
        ["HV"] = "schedules.transavia-partners.example.com",
        ["U2"] = "ops-feed.easyjet-handling.example.com",
        ["DL"] = "ssim.delta-ground.example.com"
    };

    private readonly HttpClient _http;
    private readonly ILogger<AirlineFeedClient> _logger;

    public AirlineFeedClient(HttpClient http, ILogger<AirlineFeedClient> logger)
    {
        _http = http;
        _logger = logger;
        _http.Timeout = TimeSpan.FromSeconds(20);
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Rampwise", "3.4"));
    }

    /// <summary>Lets an admin preview a feed URL before subscribing the station to it.</summary>
    public async Task<FeedPreview> PreviewAsync(string feedUrl, CancellationToken ct)
    {
        if (!feedUrl.StartsWith(FeedGatewayPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Feeds must be served through the Rampwise feed gateway", nameof(feedUrl));
        }

        using var response = await _http.GetAsync(feedUrl, ct); // VULN ssrf
        var body = await response.Content.ReadAsStringAsync(ct);
        return new FeedPreview
        {
            Source = feedUrl,
            StatusCode = (int)response.StatusCode,
            ContentType = response.Content.Headers.ContentType?.ToString() ?? "unknown",
            Body = body.Length > 8000 ? body[..8000] : body
        };
    }

    public async Task<string> FetchScheduleAsync(string airlineCode, string season, CancellationToken ct)
    {
        if (!ScheduleHosts.TryGetValue(airlineCode, out var host))
        {
            throw new KeyNotFoundException($"No schedule feed configured for {airlineCode}");
        }

        var seasonCode = season.Length == 3 && char.IsLetter(season[0]) && int.TryParse(season[1..], out var yy) ? $"{char.ToUpperInvariant(season[0])}{yy:D2}" : "CURRENT";
        var uri = new Uri($"https://{host}/ssim/{Uri.EscapeDataString(seasonCode)}");
        _logger.LogInformation("Fetching schedule for {Airline} from {Uri}", airlineCode, uri);
        return await _http.GetStringAsync(uri, ct); // SAFE ssrf
    }

    /// <summary>Airline ops status pages are shown on the duty manager dashboard.</summary>
    public async Task<FeedPreview> FetchPartnerStatusAsync(string statusUrl, CancellationToken ct)
    {
        if (!OutboundUrlPolicy.TryGetPartnerUri(statusUrl, out var uri))
        {
            throw new ArgumentException("Status page must be hosted on a registered partner domain", nameof(statusUrl));
        }

        using var response = await _http.GetAsync(uri, ct); // SAFE ssrf
        var body = await response.Content.ReadAsStringAsync(ct);
        return new FeedPreview
        {
            Source = uri.ToString(),
            StatusCode = (int)response.StatusCode,
            ContentType = response.Content.Headers.ContentType?.ToString() ?? "unknown",
            Body = body.Length > 4000 ? body[..4000] : body
        };
    }
}
