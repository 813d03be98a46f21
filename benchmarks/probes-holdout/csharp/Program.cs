using System.Net.Security;
using Larderline.Configuration;
using Larderline.Data;
using Larderline.Endpoints;
using Larderline.Infrastructure.Ldap;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Http;
using Larderline.Infrastructure.Processes;
using Larderline.Infrastructure.Scripting;
using Larderline.Infrastructure.Serialization;
using Larderline.Infrastructure.Xml;
using Larderline.Repositories;
using Larderline.Security;
using Larderline.Services;
using Larderline.Workers;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.Configure<StorageOptions>(config.GetSection(StorageOptions.Section));
builder.Services.Configure<IntegrationOptions>(config.GetSection(IntegrationOptions.Section));
builder.Services.Configure<ProcessingOptions>(config.GetSection(ProcessingOptions.Section));
builder.Services.Configure<DirectoryOptions>(config.GetSection(DirectoryOptions.Section));
builder.Services.Configure<JwtOptions>(config.GetSection(JwtOptions.Section));
builder.Services.Configure<PackingOptions>(config.GetSection(PackingOptions.Section));

var larderlineConnection = config.GetConnectionString("Larderline")
    ?? throw new InvalidOperationException("ConnectionStrings:Larderline is missing.");
builder.Services.AddDbContext<LarderlineDbContext>(o => o.UseNpgsql(larderlineConnection).UseSnakeCaseNamingConvention());
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(larderlineConnection));

builder.Services.AddControllersWithViews();
builder.Services.AddSingleton(TimeProvider.System);

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/login";
        o.Cookie.Name = "larderline.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.SlidingExpiration = true;
    });

builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("Coordinators", p => p.RequireRole("Coordinator", "Admin"));
    o.AddPolicy("Warehouse", p => p.RequireRole("Sorter", "Packer", "Coordinator", "Admin"));
    o.AddPolicy("PartnerPortal", p => p.RequireAuthenticatedUser().RequireClaim("partner_id"));
});

var kioskOrigins = config.GetSection("Cors:KioskOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(o =>
{
    o.AddPolicy("kiosk", p => p.WithOrigins(kioskOrigins).AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials()); // SAFE cors
    o.AddPolicy("partner-portal", p => p.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // VULN cors
});

builder.Services.AddHttpClient(PartnerWebhookClient.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None, // SAFE tls
    });

builder.Services.AddHttpClient(DonationIntakeService.FeedClient)
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        // Several store back-office servers still present self-signed certificates.
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // VULN tls
    });

builder.Services.AddHttpClient(MappingClient.TilesClient, c => c.Timeout = TimeSpan.FromSeconds(5));
builder.Services.AddHttpClient(MappingClient.GeocoderClient, (sp, c) =>
    c.BaseAddress = new Uri(sp.GetRequiredService<IOptions<IntegrationOptions>>().Value.GeocoderBase));
builder.Services.AddHttpClient<CharityRegisterClient>((sp, c) =>
    c.BaseAddress = new Uri(sp.GetRequiredService<IOptions<IntegrationOptions>>().Value.CharityRegisterBase));

builder.Services.AddScoped<IDonationRepository, DonationRepository>();
builder.Services.AddScoped<ParcelRepository>();
builder.Services.AddSingleton<VolunteerDirectoryRepository>();
builder.Services.AddSingleton<AllocationReportRepository>();

builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<ManifestArchiveImporter>();
builder.Services.AddSingleton<SupermarketFeedParser>();
builder.Services.AddSingleton<StoreDirectory>();
builder.Services.AddSingleton<PartnerWebhookClient>();
builder.Services.AddSingleton<MappingClient>();
builder.Services.AddSingleton<LabelPrinter>();
builder.Services.AddSingleton<RouteSolverRunner>();
builder.Services.AddSingleton<DocumentConverter>();
builder.Services.AddSingleton<StaffDirectory>();
builder.Services.AddSingleton<ScannerBatchReader>();
builder.Services.AddSingleton<PackingPlanSerializer>();
builder.Services.AddSingleton<PackingRuleEngine>();
builder.Services.AddSingleton<DriverTokenService>();
builder.Services.AddSingleton<CredentialHasher>();
builder.Services.AddSingleton<AccessCodeGenerator>();

builder.Services.AddScoped<DonationIntakeService>();
builder.Services.AddScoped<ParcelService>();
builder.Services.AddScoped<PackingPlanService>();
builder.Services.AddScoped<PartnerService>();
builder.Services.AddScoped<VolunteerService>();
builder.Services.AddScoped<RoutePlanningService>();

builder.Services.AddSingleton<IWorkQueue, ChannelWorkQueue>();
builder.Services.AddHostedService<LarderlineWorker>();

builder.Services.AddLocalization();
builder.Services.Configure<RequestLocalizationOptions>(o =>
{
    string[] cultures = ["en-GB", "cy-GB", "pl-PL", "uk-UA", "ar"];
    o.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapControllerRoute("default", "{controller=Donations}/{action=Index}/{id?}");

app.MapDonationApi();
app.MapIntegrationApi();
app.MapRouteApi();
app.MapPackingApi();
app.MapVolunteerApi();

app.MapGet("/culture/{culture}", (string culture, string? next, HttpContext http) =>
{
    http.Response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true });
    return Results.Redirect(string.IsNullOrEmpty(next) ? "/" : next); // VULN redirect
});

var shortcuts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
{
    ["rota"] = "/volunteers/roster",
    ["donate"] = "/donations",
    ["partners"] = "/partners/register",
    ["login"] = "/account/login",
};

app.MapGet("/go/{shortcut}", (string shortcut) =>
{
    var target = shortcuts.GetValueOrDefault(shortcut, "/");
    return Results.Redirect(target); // SAFE redirect
});

app.Run();
