using System.Net.Security;
using System.Security.Cryptography;
using Flurl.Http;
using Flurl.Http.Configuration;

namespace Cantabile.Clients;

public sealed record ArchiveCollectionItem(int EditionId, string Title, string Composer, string Voicing);

/// <summary>
/// Public-domain editions: the partner mirror (certificate pinned) and the old association archive server.
/// </summary>
public sealed class ScoreArchiveClient
{
    private static readonly HashSet<string> PinnedMirrorKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "9E2B7A4C51D8F0E3A6C2B19D4E7F08A35C61D2B9E4F7A0C3D6E9B2F5A8C1D4E7",
        "1A4D7E0B3C6F9A2D5E8B1C4F7A0D3E6B9C2F5A8D1E4B7C0F3A6D9E2B5C8F1A4D",
    };

    /// <summary>The association archive still runs on its own self-signed certificate; only that exact certificate is accepted.</summary>
    private const string LegacyServerCertificate = "4C0E7B2A9D1F63E85B7A0C4D2E9F1A6B3C8D5E7F0A2B4C6D8E1F3A5B7C9D0E2F";

    private readonly IFlurlClient _mirror;
    private readonly IFlurlClient _legacy;

    public ScoreArchiveClient(IConfiguration configuration)
    {
        _mirror = new FlurlClientBuilder(configuration["Archive:MirrorUrl"] ?? "https://editions.choral-mirror.example/api")
            .ConfigureInnerHandler(h => h.ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && cert is not null && PinnedMirrorKeys.Contains(cert.GetCertHashString(HashAlgorithmName.SHA256))) // SAFE tls
            .WithTimeout(TimeSpan.FromSeconds(60))
            .Build();

        _legacy = new FlurlClientBuilder(configuration["Archive:LegacyUrl"] ?? "https://archive.choral-association.example")
            .ConfigureInnerHandler(h => h.ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None || (cert is not null && string.Equals(cert.GetCertHashString(HashAlgorithmName.SHA256), LegacyServerCertificate, StringComparison.OrdinalIgnoreCase))) // SAFE tls
            .WithTimeout(TimeSpan.FromSeconds(60))
            .Build();
    }

    public Task<byte[]> FetchEditionAsync(int editionId, CancellationToken ct)
    {
        return _mirror.Request("editions", editionId, "pdf").GetBytesAsync(cancellationToken: ct); // SAFE ssrf
    }

    public Task<List<ArchiveCollectionItem>> LegacyCollectionAsync(int collectionId, CancellationToken ct)
    {
        return _legacy.Request("collections", collectionId).GetJsonAsync<List<ArchiveCollectionItem>>(cancellationToken: ct);
    }
}
