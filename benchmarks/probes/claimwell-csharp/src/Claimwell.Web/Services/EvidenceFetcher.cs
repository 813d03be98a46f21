namespace Claimwell.Web.Services;

public sealed record FetchedEvidence(string Extension, string ContentType, MemoryStream Content);

/// <summary>Downloads photos and documents that claimants link to instead of uploading.</summary>
public sealed class EvidenceFetcher
{
    private const long MaxBytes = 15 * 1024 * 1024;

    private static readonly IReadOnlyDictionary<string, string> Extensions =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["image/jpeg"] = ".jpg",
            ["image/png"] = ".png",
            ["image/heic"] = ".heic",
            ["application/pdf"] = ".pdf"
        };

    private readonly HttpClient _http;
    private readonly ILogger<EvidenceFetcher> _logger;

    public EvidenceFetcher(HttpClient http, ILogger<EvidenceFetcher> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<FetchedEvidence?> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            _logger.LogWarning("Skipping evidence link with unsupported scheme: {Url}", url);
            return null;
        }

        using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Evidence link {Url} returned {Status}", uri, (int)response.StatusCode);
            return null;
        }

        var contentType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        if (!Extensions.TryGetValue(contentType, out var extension))
        {
            _logger.LogWarning("Evidence link {Url} has unsupported content type {ContentType}", uri, contentType);
            return null;
        }

        if (response.Content.Headers.ContentLength is > MaxBytes)
        {
            return null;
        }

        var buffer = new MemoryStream();
        await using (var body = await response.Content.ReadAsStreamAsync(ct))
        {
            await body.CopyToAsync(buffer, ct);
        }

        if (buffer.Length > MaxBytes)
        {
            await buffer.DisposeAsync();
            return null;
        }

        buffer.Position = 0;
        return new FetchedEvidence(extension, contentType, buffer);
    }
}
