using Nancy;
using Nancy.Bootstrapper;
using Nancy.TinyIoc;
using Oakharbor.Data;
using Oakharbor.Infrastructure;
using Oakharbor.Services;

namespace Oakharbor.Modules;

/// <summary>
/// The harbour-master console predates the Razor portal and still runs on Nancy. It is mounted
/// under /harbour and borrows singletons from the ASP.NET Core container.
/// </summary>
public sealed class OakharborNancyBootstrapper : DefaultNancyBootstrapper
{
    private readonly IServiceProvider _services;

    public OakharborNancyBootstrapper(IServiceProvider services)
    {
        _services = services;
    }

    protected override void ConfigureApplicationContainer(TinyIoCContainer container)
    {
        base.ConfigureApplicationContainer(container);
        container.Register(_services.GetRequiredService<DocumentStore>());
        container.Register(_services.GetRequiredService<TenantDirectory>());
        container.Register(_services.GetRequiredService<CrewTokenReader>());
        container.Register(_services.GetRequiredService<IOakDbConnections>());
        container.Register<IWorkOrderRepository>((c, p) => new WorkOrderRepository(c.Resolve<IOakDbConnections>()));
    }

    protected override void ApplicationStartup(TinyIoCContainer container, IPipelines pipelines)
    {
        base.ApplicationStartup(container, pipelines);
        pipelines.AfterRequest += ctx =>
        {
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            ctx.Response.Headers["Cache-Control"] = "no-store";
        };
    }
}
