using Meterline.Components;
using Meterline.Config;
using Meterline.Data;
using Meterline.Endpoints;
using Meterline.Repositories;
using Meterline.Services;
using Microsoft.EntityFrameworkCore;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);
var meterlineSection = builder.Configuration.GetSection(MeterlineOptions.Section);
builder.Services.Configure<MeterlineOptions>(meterlineSection);
var settings = meterlineSection.Get<MeterlineOptions>() ?? new MeterlineOptions();

builder.Services.AddDbContext<MeterlineDbContext>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Billing")).UseSnakeCaseNamingConvention());
builder.Services.AddSingleton<IDbConnectionFactory, SqlConnectionFactory>();
builder.Services.AddSingleton<IMongoClient>(_ =>
    new MongoClient(Environment.GetEnvironmentVariable("METERLINE_MONGO_URL") ?? settings.MongoUrl));

builder.Services.AddMeterlineAuthentication();
builder.Services.AddAuthorization(auth =>
{
    auth.AddPolicy("staff", p => p.RequireRole("staff", "tariff-admin"));
    auth.AddPolicy("tariff-admin", p => p.RequireRole("tariff-admin"));
    auth.AddPolicy("field", p => p.RequireClaim("depot"));
});

builder.Services.AddCors(cors =>
{
    cors.AddPolicy("portal", policy =>
        policy.WithOrigins(settings.PortalOrigins) // SAFE cors
              .AllowAnyHeader()
              .AllowAnyMethod()
              .AllowCredentials());
    cors.AddPolicy("partners", policy =>
        policy.SetIsOriginAllowed(_ => true) // VULN cors
              .AllowAnyHeader()
              .WithMethods("GET", "POST")
              .AllowCredentials());
});

builder.Services.AddMeterlineHttpClients(settings);
builder.Services
    .AddScoped<CustomerRepository>().AddScoped<InvoiceRepository>().AddScoped<MeterReadingRepository>()
    .AddSingleton<ReadingEventStore>()
    .AddScoped<AccountService>().AddScoped<BillingService>().AddScoped<TelemetryService>().AddScoped<MeterImportService>()
    .AddScoped<INotificationSender, OutboxNotificationSender>()
    .AddSingleton<TokenService>().AddSingleton<TariffEngine>().AddSingleton<TariffCatalog>().AddSingleton<StatementRenderer>()
    .AddSingleton<DocumentStore>().AddSingleton<NetworkDiagnostics>().AddSingleton<DirectoryLookupService>()
    .AddSingleton<PartnerFeedService>().AddSingleton<WebhookDispatcher>().AddSingleton<ExternalDataClient>()
    .AddSingleton<OutageService>();

builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
builder.Services.AddProblemDetails();
builder.Services.AddControllersWithViews();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

app.UseExceptionHandler();
app.UseHsts();
app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("portal");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapControllers();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

var api = app.MapGroup("/api");
api.MapAccountEndpoints();
api.MapBillingEndpoints();
api.MapMeterEndpoints();
api.MapIntegrationEndpoints();
api.MapAdminEndpoints();

app.Run();
