using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Quayside.Functions.Ingest;

public sealed class ApiNotifier
{
    public const string ClientName = "quayside-api";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<ApiNotifier> _logger;

    public ApiNotifier(IHttpClientFactory httpClientFactory, ILogger<ApiNotifier> logger)
    {
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task NotifyAsync(Guid batchId, string partner, int lineCount, CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient(ClientName);
        using var response = await client.PostAsJsonAsync($"internal/ingest-batches/{batchId:D}", new { partner, lineCount }, ct); // SAFE ssrf
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("API refused ingest notification for {Batch}: {Status}", batchId, (int)response.StatusCode);
        }
    }
}
