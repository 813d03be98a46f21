using Dapper;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MongoDB.Driver;
using Petrilab.Clients;
using Petrilab.Components;
using Petrilab.Data;
using Petrilab.Endpoints;
using Petrilab.Infrastructure;
using Petrilab.Messaging;
using Petrilab.Services;
using Petrilab.Workbench;
using Petrilab.Workers;
using RazorLight;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

DefaultTypeMap.MatchNamesWithUnderscores = true;

builder.Services.Configure<StorageOptions>(configuration.GetSection("Storage"));
builder.Services.Configure<LabelPrinterOptions>(configuration.GetSection("LabelPrinters"));
builder.Services.Configure<DirectoryOptions>(configuration.GetSection("Directory"));
builder.Services.Configure<PartnerOptions>(configuration.GetSection("Partners"));
builder.Services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
builder.Services.Configure<RabbitOptions>(configuration.GetSection("Rabbit"));

// Persistence
builder.Services.AddDbContext<LabDbContext>(options =>
    options.UseNpgsql(configuration.GetConnectionString("Lab")).UseSnakeCaseNamingConvention());
builder.Services.AddSingleton<IDbConnectionFactory, NpgsqlConnectionFactory>();
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(configuration.GetConnectionString("Tracking")));
builder.Services.AddScoped<SampleRepository>();
builder.Services.AddScoped<InvoiceRepository>();
builder.Services.AddScoped<CaseRepository>();
builder.Services.AddSingleton<CourierTrackingStore>();

// Messaging
builder.Services.AddSingleton<IMessagePublisher, RabbitPublisher>();
builder.Services.AddHostedService<LabEventsWorker>();

// Domain services
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IRazorLightEngine>(_ => new RazorLightEngineBuilder()
    .UseEmbeddedResourcesProject(typeof(Program).Assembly, "Petrilab.Templates")
    .UseMemoryCachingProvider()
    .Build());
builder.Services.AddSingleton<LabelPrintService>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<StaffDirectoryService>();
builder.Services.AddSingleton<PasswordHasher>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddScoped<SampleService>();
builder.Services.AddScoped<ResultService>();
builder.Services.AddScoped<PanelService>();
builder.Services.AddScoped<InvoiceService>();
builder.Services.AddScoped<CourierService>();
builder.Services.AddScoped<ClinicService>();
builder.Services.AddScoped<Hl7XmlService>();
builder.Services.AddScoped<ReportRenderService>();
builder.Services.AddScoped<WebhookNotifier>();

// Outbound HTTP
builder.Services.AddHttpClient<ReferenceLabClient>(client => client.Timeout = TimeSpan.FromSeconds(20))
    .ConfigurePrimaryHttpMessageHandler(ReferenceLabClient.CreateHandler);
builder.Services.AddHttpClient("imaging", client =>
{
    client.Timeout = TimeSpan.FromSeconds(30);
    client.DefaultRequestHeaders.UserAgent.ParseAdd("Petrilab-Workbench/3.4");
});
builder.Services.AddHttpClient("webhooks", client => client.Timeout = TimeSpan.FromSeconds(10));
builder.Services.AddHttpClient("courier-dispatch", client => client.BaseAddress = new Uri(configuration["Courier:DispatchUrl"] ?? "https://dispatch.courier.petrilab.internal/"))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, _, _, _) => true, // VULN tls
    });

// Web
builder.Services.AddGrpc();
builder.Services.AddRazorPages();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAntiforgery();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/auth/staff/login";
        options.Cookie.Name = "petrilab.auth";
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
    });
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("LabStaff", policy => policy.RequireRole("petrilab-staff"));
    options.AddPolicy("ClinicPortal", policy => policy.RequireClaim("clinic_code"));
    options.AddPolicy("Integration", policy => policy.RequireClaim("partner"));
});

var portalOrigins = configuration.GetSection("Cors:PortalOrigins").Get<string[]>() ?? Array.Empty<string>();
builder.Services.AddCors(options =>
{
    options.AddPolicy("ClinicPortal", policy => policy.WithOrigins(portalOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // SAFE cors
    options.AddPolicy("PartnerWidgets", policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // VULN cors
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapSampleEndpoints();
app.MapResultEndpoints();
app.MapInvoiceEndpoints();
app.MapCourierEndpoints();
app.MapAuthEndpoints();
app.MapClinicEndpoints();
app.MapIntegrationEndpoints();

app.MapGrpcService<WorkbenchGrpcService>().RequireAuthorization("LabStaff");
app.MapRazorPages();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
