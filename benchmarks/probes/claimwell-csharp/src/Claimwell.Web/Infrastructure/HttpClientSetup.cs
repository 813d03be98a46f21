using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using Claimwell.Web.Options;
using Claimwell.Web.Services;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Infrastructure;

public static class HttpClientSetup
{
    public static IServiceCollection AddClaimwellHttpClients(this IServiceCollection services, IConfiguration configuration)
    {
        var assessor = configuration.GetSection("Assessor").Get<AssessorOptions>() ?? new AssessorOptions();
        var pinned = new HashSet<string>(assessor.PinnedCertificateHashes, StringComparer.OrdinalIgnoreCase);

        services.AddHttpClient<AssessorClient>(client =>
            {
                client.BaseAddress = new Uri(assessor.BaseUrl);
                client.Timeout = TimeSpan.FromSeconds(20);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                client.DefaultRequestHeaders.Add("X-Api-Key", assessor.ApiKey);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && cert is not null && pinned.Contains(cert.GetCertHashString(HashAlgorithmName.SHA256)) // SAFE tls
            });

        services.AddHttpClient<RepairEstimateClient>(client =>
            {
                client.Timeout = TimeSpan.FromSeconds(15);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // several partner body shops still run self-signed certificates
                ServerCertificateCustomValidationCallback = (_, _, _, _) => true // VULN tls
            });

        services.AddHttpClient<EvidenceFetcher>(client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Claimwell-EvidenceFetcher/1.4");
        });

        services.AddHttpClient<WebhookNotifier>(client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Claimwell-Webhooks/1.0");
        });

        return services;
    }
}
