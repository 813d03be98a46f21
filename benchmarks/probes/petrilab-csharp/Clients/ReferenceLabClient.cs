using System.Net.Security;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Petrilab.Infrastructure;

namespace Petrilab.Clients;

/// <summary>Typed client for the reference laboratories Petrilab forwards specialist tests to.</summary>
public class ReferenceLabClient(HttpClient http, IOptions<PartnerOptions> options, ILogger<ReferenceLabClient> logger)
{
    public const string ExchangePrefix = "https://exchange.petrilab.vet";

    public bool IsKnownPartner(string partnerCode) => options.Value.Partners.ContainsKey(partnerCode);

    public async Task<byte[]> DownloadReportAsync(string partnerCode, Guid reportId, CancellationToken ct)
    {
        if (!options.Value.Partners.TryGetValue(partnerCode, out var partner))
        {
            throw new KeyNotFoundException($"Unknown partner '{partnerCode}'");
        }

        var uri = new Uri(new Uri(partner.BaseUrl, UriKind.Absolute), $"reports/{reportId:D}/pdf");
        return await http.GetByteArrayAsync(uri, ct); // SAFE ssrf
    }

    /// <summary>Partners notify us that a document is ready on the shared exchange.</summary>
    public async Task<string> FetchCallbackDocumentAsync(string documentUrl, CancellationToken ct)
    {
        if (!documentUrl.StartsWith(ExchangePrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Callback documents must be hosted on the partner exchange", nameof(documentUrl));
        }

        logger.LogInformation("Fetching partner document {Url}", documentUrl);
        return await http.GetStringAsync(documentUrl, ct); // VULN ssrf
    }

    public static HttpMessageHandler CreateHandler(IServiceProvider services)
    {
        var pins = services.GetRequiredService<IOptions<PartnerOptions>>().Value.Partners.Values
            .Select(p => p.CertificateThumbprint)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && cert is not null && (pins.Count == 0 || pins.Contains(cert.GetCertHashString(HashAlgorithmName.SHA256))), // SAFE tls
        };
    }
}
