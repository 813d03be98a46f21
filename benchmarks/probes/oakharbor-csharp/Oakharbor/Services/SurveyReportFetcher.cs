using System.Globalization;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

public sealed record SurveyLinkPreview(string Url, string? ContentType, long? Length, DateTimeOffset? LastModified);

public sealed class SurveySourceRejectedException : Exception
{
    public SurveySourceRejectedException(string source)
        : base($"Survey source '{source}' is not an approved surveyor endpoint.")
    {
    }
}

/// <summary>Pulls condition and valuation survey reports from the surveyors that Oakharbor works with.</summary>
public sealed class SurveyReportFetcher
{
    private const string OakharborSurveyPortal = "https://surveys.oakharbor.com";

    private static readonly HashSet<string> ApprovedSurveyorHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "surveys.oakharbor.com",
        "reports.lymingtonmarinesurvey.example",
        "portal.bluewatersurveyors.example"
    };

    private readonly IHttpClientFactory _clients;
    private readonly ILogger<SurveyReportFetcher> _logger;

    public SurveyReportFetcher(IHttpClientFactory clients, ILogger<SurveyReportFetcher> logger)
    {
        _clients = clients;
        _logger = logger;
    }

    public async Task<byte[]> DownloadReportAsync(string sourceUrl, CancellationToken ct = default)
    {
        var client = _clients.CreateClient(HttpClientRegistration.Surveyors);
        _logger.LogInformation("Downloading survey report from {Source}", sourceUrl);
        using var response = await client.GetAsync(sourceUrl, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    public async Task<byte[]> DownloadFromApprovedSurveyorAsync(string sourceUrl, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var source)
            || source.Scheme != Uri.UriSchemeHttps
            || !source.IsDefaultPort
            || !ApprovedSurveyorHosts.Contains(source.Host))
        {
            throw new SurveySourceRejectedException(sourceUrl);
        }

        var client = _clients.CreateClient(HttpClientRegistration.Surveyors);
        using var response = await client.GetAsync(source, ct); // SAFE ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    public async Task<SurveyLinkPreview> PreviewPortalLinkAsync(string link, CancellationToken ct = default)
    {
        if (!link.StartsWith(OakharborSurveyPortal, StringComparison.OrdinalIgnoreCase))
        {
            throw new SurveySourceRejectedException(link);
        }

        var client = _clients.CreateClient(HttpClientRegistration.Surveyors);
        using var request = new HttpRequestMessage(HttpMethod.Head, link);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct); // VULN ssrf
        return new SurveyLinkPreview(
            link,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentLength,
            response.Content.Headers.LastModified);
    }

    public async Task<byte[]> DownloadLegacyArchiveAsync(int surveyNumber, CancellationToken ct = default)
    {
        var client = _clients.CreateClient(HttpClientRegistration.LegacySurveyArchive);
        using var response = await client.GetAsync($"archive/surveys/{surveyNumber.ToString(CultureInfo.InvariantCulture)}.pdf", ct); // SAFE ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(ct);
    }
}
