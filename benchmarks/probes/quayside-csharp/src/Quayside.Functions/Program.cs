using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quayside.Functions.Ingest;
using Quayside.Functions.Printing;

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices((context, services) =>
    {
        services.AddHttpClient(ApiNotifier.ClientName, client =>
        {
            client.BaseAddress = new Uri(context.Configuration["QuaysideApiBaseUrl"] ?? "https://api.quayside.internal/");
            client.Timeout = TimeSpan.FromSeconds(10);
        });

        services.AddSingleton<IngestAuthenticator>();
        services.AddSingleton<ManifestParser>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<ApiNotifier>();
        services.AddSingleton<TicketPrintRunner>();
    })
    .Build();

host.Run();
