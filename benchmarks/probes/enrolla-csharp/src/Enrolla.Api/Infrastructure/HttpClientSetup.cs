using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Enrolla.Api.Infrastructure;

public static class HttpClientSetup
{
    public static IServiceCollection AddEnrollaHttpClients(this IServiceCollection services, IConfiguration config)
    {
        var gatewayBase = new Uri(config["Enrolla:LaGatewayBaseUrl"] ?? "https://gateway.la-services.gov.uk/");
        var pinnedThumbprints = config.GetSection("Enrolla:BoundaryThumbprints").Get<string[]>() ?? [];

        services.AddHttpClient("la-gateway", c =>
            {
                c.BaseAddress = gatewayBase;
                c.Timeout = TimeSpan.FromSeconds(20);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, _, _, _) => true, // VULN tls
            });

        services.AddHttpClient("boundary", c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && IsPinned(cert, pinnedThumbprints), // SAFE tls
                AllowAutoRedirect = false,
            });

        return services;
    }

    private static bool IsPinned(X509Certificate2? cert, string[] thumbprints) =>
        thumbprints.Length == 0 || (cert is not null && thumbprints.Contains(cert.Thumbprint, StringComparer.OrdinalIgnoreCase));
}
