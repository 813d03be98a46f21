using MassTransit;
using Nancy.Owin;
using Oakharbor.Consumers;
using Oakharbor.Data;
using Oakharbor.Grpc;
using Oakharbor.Hubs;
using Oakharbor.Infrastructure;
using Oakharbor.Modules;
using Oakharbor.ServiceInterface;
using Oakharbor.Services;
using ServiceStack;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Vessels");
    options.Conventions.AuthorizeFolder("/Leases");
    options.Conventions.AuthorizeFolder("/Documents");
    options.Conventions.AuthorizeFolder("/Partners");
    options.Conventions.AuthorizeFolder("/Reports", "HarbourStaff");
    options.Conventions.AuthorizeFolder("/Notices", "HarbourStaff");
    options.Conventions.AuthorizeFolder("/Surveys", "HarbourStaff");
    options.Conventions.AllowAnonymousToPage("/Account/Login");
    options.Conventions.AllowAnonymousToPage("/Account/Register");
});
builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = 8 * 1024 * 1024);
builder.Services.AddSignalR();
builder.Services.AddOakharborSecurity(configuration);
builder.Services.AddOakharborHttpClients(configuration);

builder.Services.Configure<StorageOptions>(configuration.GetSection("Storage"));
builder.Services.AddSingleton<IOakDbConnections, OakDbConnections>();
builder.Services.AddScoped<IBerthRepository, BerthRepository>();
builder.Services.AddScoped<ILeaseRepository, LeaseRepository>();
builder.Services.AddScoped<IVesselRepository, VesselRepository>();
builder.Services.AddScoped<IWorkOrderRepository, WorkOrderRepository>();
builder.Services.AddScoped<IReportRepository, ReportRepository>();
builder.Services.AddScoped<IPartnerRepository, PartnerRepository>();
builder.Services.AddScoped<IReportPreferenceRepository, ReportPreferenceRepository>();
builder.Services.AddScoped<ICheckoutSessionStore, CheckoutSessionStore>();

builder.Services.AddScoped<BerthSearchService>();
builder.Services.AddScoped<LeaseService>();
builder.Services.AddScoped<PortalAccountService>();
builder.Services.AddSingleton<TariffCalculator>();
builder.Services.AddSingleton<LeaseArchiveExporter>();
builder.Services.AddSingleton<EngineDiagnosticsRunner>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<SurveyArchiveExtractor>();
builder.Services.AddSingleton<SurveyReportFetcher>();
builder.Services.AddSingleton<PartnerWebhookNotifier>();
builder.Services.AddSingleton<VesselRegistryClient>();
builder.Services.AddSingleton<CrewManifestParser>();
builder.Services.AddSingleton<TenantDirectory>();
builder.Services.AddSingleton<CrewTokenReader>();
builder.Services.AddSingleton<GateAccessService>();
builder.Services.AddSingleton<NoticeRenderer>();
builder.Services.AddSingleton<VesselProfileImporter>();

builder.Services.AddMassTransit(bus =>
{
    bus.SetKebabCaseEndpointNameFormatter();
    bus.AddConsumer<EngineDiagnosticsConsumer>();
    bus.AddConsumer<WorkOrderCompletedConsumer>();
    bus.AddConsumer<OccupancyReportConsumer>();
    bus.AddConsumer<VesselProfileConsumer>();

    bus.UsingRabbitMq((context, cfg) =>
    {
        cfg.Host(configuration["RabbitMq:Host"], "/", host =>
        {
            host.Username(configuration["RabbitMq:Username"] ?? "oakharbor");
            host.Password(configuration["RabbitMq:Password"] ?? string.Empty);
        });
        cfg.UseMessageRetry(retry => retry.Interval(3, TimeSpan.FromSeconds(15)));
        cfg.ConfigureEndpoints(context);
    });
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapGrpcService<BerthLeasingGrpcService>().RequireAuthorization().RequireCors(SecurityRegistration.PartnerApi);
app.MapHub<DockOperationsHub>("/hubs/dock-operations").RequireCors(SecurityRegistration.TenantPortal);

app.Map("/harbour", harbour =>
{
    harbour.UseOwin(pipeline => pipeline.UseNancy(options => options.Bootstrapper = new OakharborNancyBootstrapper(app.Services)));
});

app.UseServiceStack(new OakharborAppHost
{
    AppSettings = new NetCoreAppSettings(configuration)
});

app.Run();
