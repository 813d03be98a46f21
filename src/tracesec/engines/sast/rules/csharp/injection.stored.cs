using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

public class WebhookDispatcher
{
    private readonly HttpClient _http;
    private readonly WebhookOptions _options;

    public WebhookDispatcher(HttpClient http, IOptions<WebhookOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<bool> DeliverAsync(AirlineProfile airline, StringContent content)
    {
        // a URL an airline registered, read back from its record
        // ruleid: trace.csharp.ssrf.stored-url
        using var response = await _http.PostAsync(airline.WebhookUrl, content);
        return response.IsSuccessStatusCode;
    }

    public async Task<bool> PingConfiguredAsync(StringContent content)
    {
        // ok: trace.csharp.ssrf.stored-url
        using var response = await _http.PostAsync(_options.WebhookUrl, content);
        return response.IsSuccessStatusCode;
    }
}
