using System.Net.Http.Headers;
using System.Net.Security;

namespace Oakharbor.Infrastructure;

public static class HttpClientRegistration
{
    public const string Surveyors = "surveyors";
    public const string LegacySurveyArchive = "legacy-survey-archive";
    public const string PartnerWebhooks = "partner-webhooks";
    public const string VesselRegistry = "vessel-registry";

    public static IServiceCollection AddOakharborHttpClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient(Surveyors, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(20);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Oakharbor-Surveys/2.3");
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        });

        services.AddHttpClient(LegacySurveyArchive, client =>
            {
                client.BaseAddress = new Uri(configuration["Surveys:LegacyArchiveBaseUrl"] ?? "https://archive.surveys.oakharbor.local/");
                client.Timeout = TimeSpan.FromSeconds(60);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator // VULN tls
            });

        var pinnedThumbprint = configuration["VesselRegistry:CertificateThumbprint"] ?? string.Empty;
        services.AddHttpClient(VesselRegistry, client =>
            {
                client.BaseAddress = new Uri(configuration["VesselRegistry:BaseUrl"] ?? "https://registry.maritime-authority.example/");
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None && certificate != null && string.Equals(certificate.GetCertHashString(), pinnedThumbprint, StringComparison.OrdinalIgnoreCase) // SAFE tls
            });

        services.AddHttpClient(PartnerWebhooks, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Oakharbor-Webhooks/1.0");
        });

        return services;
    }
}
