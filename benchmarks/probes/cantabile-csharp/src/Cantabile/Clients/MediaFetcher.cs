using Cantabile.Security;
using Flurl.Http;

namespace Cantabile.Clients;

/// <summary>Downloads audition recordings and cover art that choirs and publishers have uploaded to the media service.</summary>
public sealed class MediaFetcher
{
    private const long MaxRecordingBytes = 400L * 1024 * 1024;

    private readonly OutboundUrlPolicy _policy;
    private readonly ILogger<MediaFetcher> _logger;

    public MediaFetcher(OutboundUrlPolicy policy, ILogger<MediaFetcher> logger)
    {
        _policy = policy;
        _logger = logger;
    }

    public async Task<byte[]> DownloadRecordingAsync(string sourceUrl, CancellationToken ct)
    {
        if (!_policy.IsFestivalMedia(sourceUrl))
        {
            throw new InvalidOperationException("Recordings must be uploaded to the festival media service first.");
        }

        var bytes = await sourceUrl.WithTimeout(TimeSpan.FromMinutes(5)).GetBytesAsync(cancellationToken: ct); // VULN ssrf
        if (bytes.LongLength > MaxRecordingBytes)
        {
            throw new InvalidOperationException("Recording exceeds the size limit.");
        }

        _logger.LogInformation("Fetched recording of {Bytes} bytes", bytes.LongLength);
        return bytes;
    }

    public async Task<byte[]> DownloadCoverImageAsync(string imageUrl, CancellationToken ct)
    {
        if (!_policy.IsApprovedMediaHost(imageUrl, out var uri) || uri is null)
        {
            throw new InvalidOperationException("Cover images must be hosted on the festival media service.");
        }

        return await uri.AbsoluteUri.WithTimeout(30).WithAutoRedirect(false).GetBytesAsync(cancellationToken: ct); // SAFE ssrf
    }
}
