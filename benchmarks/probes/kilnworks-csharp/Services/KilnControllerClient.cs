using System.Net.Security;
using Kilnworks.Configuration;
using Kilnworks.Contracts;
using Kilnworks.Domain;
using Microsoft.Extensions.Options;
using RestSharp;

namespace Kilnworks.Services;

public sealed class KilnControllerClient : IDisposable
{
    private readonly RestClient _controllers;
    private readonly RestClient _kilnLink;
    private readonly StudioOptions _options;
    private readonly ILogger<KilnControllerClient> _logger;

    public KilnControllerClient(IOptions<StudioOptions> options, ILogger<KilnControllerClient> logger)
    {
        _options = options.Value;
        _logger = logger;

        var controllerOptions = new RestClientOptions
        {
            Timeout = TimeSpan.FromSeconds(10),
            UserAgent = "Kilnworks/1.4",
            RemoteCertificateValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None || (cert is not null && string.Equals(cert.GetCertHashString(), _options.ControllerThumbprint, StringComparison.OrdinalIgnoreCase)) // SAFE tls
        };
        _controllers = new RestClient(controllerOptions);

        var kilnLinkOptions = new RestClientOptions
        {
            Timeout = TimeSpan.FromSeconds(15),
            UserAgent = "Kilnworks/1.4",
            RemoteCertificateValidationCallback = (_, _, _, _) => true // VULN tls
        };
        _kilnLink = new RestClient(kilnLinkOptions);
    }

    public async Task<ControllerStatusDto?> GetStatusAsync(Kiln kiln, CancellationToken ct)
    {
        var request = new RestRequest($"https://{kiln.ControllerHost}:{kiln.ControllerPort}/api/v1/status");
        var response = await _controllers.ExecuteAsync<ControllerStatusDto>(request, ct); // SAFE ssrf
        if (!response.IsSuccessful)
        {
            _logger.LogWarning("Controller for kiln {Kiln} returned {Status}", kiln.Id, response.StatusCode);
            return null;
        }
        return response.Data;
    }

    public async Task<ControllerStatusDto?> PollKilnLinkAsync(string statusUrl, CancellationToken ct)
    {
        var request = new RestRequest(statusUrl);
        request.AddHeader("Accept", "application/json");
        var response = await _kilnLink.ExecuteAsync<ControllerStatusDto>(request, ct); // VULN ssrf
        if (!response.IsSuccessful)
        {
            _logger.LogWarning("KilnLink poll failed: {Status} {Error}", response.StatusCode, response.ErrorMessage);
            return null;
        }
        return response.Data;
    }

    public void Dispose()
    {
        _controllers.Dispose();
        _kilnLink.Dispose();
    }
}
