using Azure.Messaging.ServiceBus;
using Claimwell.Web.Options;

namespace Claimwell.Web.Messaging;

public static class MessagingSetup
{
    public static IServiceCollection AddClaimwellMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(configuration.GetSection("Messaging"));

        var connectionString = configuration.GetConnectionString("ServiceBus") ?? "Endpoint=sb://claimwell-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Qx7mZ2b9LkV4tR1pWn8sYc3dHf6gJa0eUo5iKq2Tz4M="; // VULN secret

        services.AddSingleton(_ => new ServiceBusClient(connectionString, new ServiceBusClientOptions
        {
            TransportType = ServiceBusTransportType.AmqpWebSockets,
            RetryOptions = new ServiceBusRetryOptions
            {
                Mode = ServiceBusRetryMode.Exponential,
                MaxRetries = 5,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(20)
            }
        }));

        services.AddSingleton<ServiceBusPublisher>();
        return services;
    }
}
