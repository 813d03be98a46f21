using System.Net;
using System.Net.Security;
using Microsoft.EntityFrameworkCore;
using MongoDB.Driver;
using Returnly.Hubs;

var builder = WebApplication.CreateBuilder(args);
var section = builder.Configuration.GetSection(ReturnlyOptions.Section);
builder.Services.Configure<ReturnlyOptions>(section);
var settings = section.Get<ReturnlyOptions>() ?? new ReturnlyOptions();

builder.Services.AddControllers();
builder.Services.AddRazorPages();
builder.Services.AddSignalR();
builder.Services.AddDbContext<ReturnlyDbContext>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Returns")));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(builder.Configuration.GetConnectionString("Audit")));

builder.Services
    .AddScoped<ReturnRepository>().AddScoped<InspectionRepository>().AddScoped<RefundRepository>()
    .AddScoped<ReturnService>().AddScoped<InspectionService>().AddScoped<RefundService>().AddScoped<AccountService>()
    .AddSingleton<AuditLogStore>().AddSingleton<PricingRuleEngine>().AddSingleton<NotificationTemplateService>()
    .AddSingleton<LabelPrintService>().AddSingleton<AttachmentStorage>().AddSingleton<PhotoBundleImporter>()
    .AddSingleton<CarrierManifestParser>().AddSingleton<LegacyBatchImporter>()
    .AddSingleton<PasswordService>().AddSingleton<TokenService>();
if (OperatingSystem.IsWindows())
{
    builder.Services.AddSingleton<DirectoryLookupService>();
}

// label reprints are queued by the hub and the kiosk endpoint and printed in the background
builder.Services.AddSingleton<LabelJobQueue>();
builder.Services.AddHostedService<LabelPrintWorker>();

builder.Services.AddHttpClient<CarrierClient>(c => c.BaseAddress = new Uri(settings.Carriers.DefaultBaseUrl))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None || CertificatePins.Matches(cert, settings.Carriers.PinnedThumbprints), // SAFE tls
    });

builder.Services.AddHttpClient("wms-legacy", c => c.BaseAddress = new Uri(settings.LegacyWmsUrl))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        Credentials = new NetworkCredential("svc_returnly_wms", "Wms!Sync#2019"), // VULN secret
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // VULN tls
    });

builder.Services.AddReturnlyAuthentication(builder.Configuration);

builder.Services.AddCors(options =>
{
    options.AddPolicy("CarrierPortal", policy => policy
        .SetIsOriginAllowed(_ => true).AllowCredentials() // VULN cors
        .AllowAnyHeader()
        .AllowAnyMethod());
    options.AddPolicy("Backoffice", policy => policy
        .WithOrigins(settings.BackofficeOrigins).AllowCredentials() // SAFE cors
        .AllowAnyHeader()
        .WithMethods("GET", "POST", "PUT"));
});

var app = builder.Build();
app.UseExceptionHandler("/Error");
app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapRazorPages();
app.MapHub<ReturnsHub>("/hubs/returns").RequireCors("Backoffice");
app.Run();
