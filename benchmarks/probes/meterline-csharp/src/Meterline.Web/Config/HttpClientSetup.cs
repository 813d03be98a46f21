using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Meterline.Config;

public static class HttpClientSetup
{
    public static IServiceCollection AddMeterlineHttpClients(this IServiceCollection services, MeterlineOptions settings)
    {
        services.AddHttpClient("webhooks", client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient("forecast", client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient("gis", client => client.Timeout = TimeSpan.FromSeconds(20));

        services.AddHttpClient("scada", client => client.BaseAddress = new Uri(settings.ScadaGatewayUrl))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator // VULN tls
            });

        services.AddHttpClient("print", client => client.BaseAddress = new Uri(settings.PrintServiceUrl))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None || MatchesPin(cert, settings.PrintServiceThumbprint) // SAFE tls
            });
        return services;
    }

    private static bool MatchesPin(X509Certificate2? certificate, string expectedThumbprint) =>
        certificate is not null
        && !string.IsNullOrWhiteSpace(expectedThumbprint)
        && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), expectedThumbprint, StringComparison.OrdinalIgnoreCase);
}
