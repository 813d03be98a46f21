using System.Net.Security;
using Microsoft.Extensions.Options;
using RestSharp;
using Wardrobe.Web.Options;

namespace Wardrobe.Web.Services;

public sealed record InspectionCallback(int RentalId, string Status, string ConditionNote, int Grade);

public sealed record CollectionBooking(string Reference, DateTime CollectAfter);

/// <summary>StageFreight courier API plus outbound notifications to hiring companies.</summary>
public sealed class CourierClient : IDisposable
{
    private readonly RestClient _api;
    private readonly RestClient _callbacks;
    private readonly string _apiKey;
    private readonly ILogger<CourierClient> _logger;

    public CourierClient(IOptions<CourierOptions> options, ILogger<CourierClient> logger)
    {
        var settings = options.Value;
        _apiKey = settings.ApiKey; // SAFE secret
        _logger = logger;

        _api = new RestClient(new RestClientOptions(settings.BaseUrl)
        {
            Timeout = TimeSpan.FromSeconds(15),
            RemoteCertificateValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None, // SAFE tls
        });

        _callbacks = new RestClient(new RestClientOptions
        {
            Timeout = TimeSpan.FromSeconds(10),
            UserAgent = "Wardrobe-Notifier/1.4",
        });
    }

    public async Task<CollectionBooking?> BookCollectionAsync(int rentalId, string depot, CancellationToken ct)
    {
        var request = new RestRequest("collections", Method.Post)
            .AddHeader("X-Api-Key", _apiKey)
            .AddJsonBody(new { reference = $"WR-{rentalId}", depot, service = "next-day" });

        var response = await _api.ExecuteAsync<CollectionBooking>(request, ct); // SAFE ssrf
        if (!response.IsSuccessful)
        {
            _logger.LogWarning("Courier booking for rental {RentalId} failed: {Status} {Error}", rentalId, response.StatusCode, response.ErrorMessage);
            return null;
        }

        return response.Data;
    }

    public async Task NotifyCallbackAsync(string callbackUrl, InspectionCallback payload, CancellationToken ct)
    {
        var response = await _callbacks.ExecuteAsync(new RestRequest(callbackUrl, Method.Post).AddJsonBody(payload), ct); // VULN ssrf
        if (!response.IsSuccessful)
        {
            _logger.LogWarning("Callback for rental {RentalId} returned {Status}", payload.RentalId, response.StatusCode);
        }
    }

    public void Dispose()
    {
        _api.Dispose();
        _callbacks.Dispose();
    }
}
