using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rollcall.Web.Config;

namespace Rollcall.Web.Services;

public sealed record LegacyAddressChange(string StudentNumber, string Street, string City, string PostalCode, DateTime ChangedAt);

/// <summary>Client for the old district SIS, which still owns home addresses.</summary>
public sealed class SisLegacyClient
{
    private readonly HttpClient _http;

    public SisLegacyClient(HttpClient http)
    {
        _http = http;
    }

    public static HttpMessageHandler CreateHandler(SisLegacyOptions options)
    {
        var handler = new HttpClientHandler();
        // The legacy server presents a self-signed certificate; accept it only if it matches the pinned hash.
        handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => // SAFE tls
            errors == SslPolicyErrors.None || IsPinned(certificate, options.PinnedSha256);
        return handler;
    }

    private static bool IsPinned(X509Certificate2? certificate, string expectedSha256)
    {
        if (certificate is null || string.IsNullOrWhiteSpace(expectedSha256))
        {
            return false;
        }

        var actual = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<LegacyAddressChange>> GetAddressChangesAsync(DateTime since, CancellationToken ct)
    {
        var changes = await _http.GetFromJsonAsync<List<LegacyAddressChange>>(
            $"api/address-changes?since={since:yyyy-MM-ddTHH:mm:ssZ}", ct);
        return changes ?? new List<LegacyAddressChange>();
    }
}
