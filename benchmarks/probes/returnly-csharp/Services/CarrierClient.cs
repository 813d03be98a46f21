namespace Returnly.Services;

public sealed class CarrierClient(HttpClient http, IOptions<ReturnlyOptions> options, ILogger<CarrierClient> logger)
{
    private const string LabelCdnPrefix = "https://labels.shipfast.example";

    private readonly HostAllowList _documentHosts = new(options.Value.Carriers.DocumentHosts);

    public async Task<int> PingCallbackAsync(string callbackUrl, CancellationToken ct)
    {
        using var response = await http.GetAsync(callbackUrl, ct); // VULN ssrf
        logger.LogDebug("Callback {Url} answered {Status}", callbackUrl, response.StatusCode);
        return (int)response.StatusCode;
    }

    public async Task<byte[]> GetLabelImageAsync(string labelUrl, CancellationToken ct)
    {
        if (!labelUrl.StartsWith(LabelCdnPrefix, StringComparison.OrdinalIgnoreCase)) throw new ArgumentException("Label images must come from the ShipFast label CDN", nameof(labelUrl));
        return await http.GetByteArrayAsync(labelUrl, ct); // VULN ssrf
    }

    public async Task<Stream> GetCustomsDocumentAsync(string documentUrl, CancellationToken ct)
    {
        if (!_documentHosts.TryGetAllowedUri(documentUrl, out var uri)) throw new ArgumentException("Document host is not on the carrier allow-list", nameof(documentUrl));
        var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct); // SAFE ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStreamAsync(ct);
    }
}
