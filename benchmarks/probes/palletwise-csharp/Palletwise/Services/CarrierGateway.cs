using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Helpers;

namespace Palletwise.Services;

public class CarrierGateway
{
    private readonly HttpClient _carriers;
    private readonly HttpClient _legacyFreight;
    private readonly OutboundHostPolicy _hostPolicy;
    private readonly PalletwiseOptions _options;

    public CarrierGateway(IHttpClientFactory factory, OutboundHostPolicy hostPolicy, IOptions<PalletwiseOptions> options, IConfiguration configuration)
    {
        _carriers = factory.CreateClient("carriers");
        _legacyFreight = factory.CreateClient("legacy-freight");
        _hostPolicy = hostPolicy;
        _options = options.Value;

        var freightPassword = configuration["LEGACY_FREIGHT_PASSWORD"] ?? string.Empty;
        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_options.LegacyFreightUser}:{freightPassword}"));
        _legacyFreight.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials); // SAFE secret
    }

    public static HttpMessageHandler CreateLegacyFreightHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, _, _, _) => true, // VULN tls
    };

    public static HttpMessageHandler CreatePinnedCarrierHandler(string thumbprint) => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && cert is not null && string.Equals(cert.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase), // SAFE tls
    };

    public async Task<string> FetchTrackingPageAsync(string trackingUrl)
    {
        using var response = await _carriers.GetAsync(trackingUrl); // VULN ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<string> FetchVerifiedTrackingPageAsync(string trackingUrl)
    {
        var uri = _hostPolicy.RequireTrusted(trackingUrl);
        using var response = await _carriers.GetAsync(uri); // SAFE ssrf
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<string> ListFreightBookingsAsync(DateOnly day)
    {
        var url = $"{_options.LegacyFreightUrl.TrimEnd('/')}/bookings?date={day:yyyy-MM-dd}";
        return await _legacyFreight.GetStringAsync(url);
    }
}
