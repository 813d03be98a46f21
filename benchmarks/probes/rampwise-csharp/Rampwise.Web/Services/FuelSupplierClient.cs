using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Rampwise.Web.Domain;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

public record SupplierOrderResponse(string Reference, string Status, DateTime? EstimatedArrivalUtc);

/// <summary>Into-plane fuel supplier API (orders) and their delivery-ticket service.</summary>
public class FuelSupplierClient
{
    private readonly HttpClient _http;
    private readonly FuelSupplierOptions _options;
    private readonly ILogger<FuelSupplierClient> _logger;

    public FuelSupplierClient(HttpClient http, IOptions<FuelSupplierOptions> options, ILogger<FuelSupplierClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _http.BaseAddress = new Uri(_options.BaseUrl);
    }

    public async Task<SupplierOrderResponse?> SubmitOrderAsync(FuelOrder order, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "orders");
        request.Headers.Add("X-Api-Key", _options.ApiKey); // SAFE secret
        request.Content = JsonContent.Create(new
        {
            externalId = order.Id,
            tail = order.TailNumber,
            stand = order.Stand,
            grade = order.Grade,
            litres = order.UpliftLitres
        });

        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Supplier rejected order {OrderId}: {Status}", order.Id, response.StatusCode);
            return null;
        }
        return await response.Content.ReadFromJsonAsync<SupplierOrderResponse>(cancellationToken: ct);
    }

    public async Task<byte[]> DownloadDeliveryTicketAsync(string ticketUrl, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ticketUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "fst_live_4Qm9x2RkT7vLp1sW8nZc3Hj6Yd0Ab5Ue"); // VULN secret
        using var response = await _http.SendAsync(request, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(ct);
    }
}
