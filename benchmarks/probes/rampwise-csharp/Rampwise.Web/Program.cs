using System.Net.Security;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.PostgreSql;
using MassTransit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;
using Npgsql;
using Rampwise.Web.Data;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Jobs;
using Rampwise.Web.Messaging;
using Rampwise.Web.Repositories;
using Rampwise.Web.Security;
using Rampwise.Web.Services;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.Configure<RampwiseOptions>(config.GetSection(RampwiseOptions.Section));
builder.Services.Configure<DirectoryOptions>(config.GetSection("Directory"));
builder.Services.Configure<FuelSupplierOptions>(config.GetSection("FuelSupplier"));
builder.Services.Configure<JwtOptions>(config.GetSection("Jwt"));

// --- data stores -------------------------------------------------------------------------
builder.Services.AddDbContext<RampwiseDbContext>(o => o.UseSqlServer(config.GetConnectionString("Rampwise")));
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(config.GetConnectionString("FuelLedger")!));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(config.GetConnectionString("GroundEvents")));

builder.Services.AddScoped<ITurnaroundRepository, TurnaroundRepository>();
builder.Services.AddScoped<IBaggageRepository, BaggageRepository>();
builder.Services.AddScoped<IFuelOrderRepository, FuelOrderRepository>();
builder.Services.AddScoped<ICrewRepository, CrewRepository>();
builder.Services.AddScoped<ISlaRepository, SlaRepository>();
builder.Services.AddScoped<IAirlineRepository, AirlineRepository>();
builder.Services.AddSingleton<IGroundEventRepository, GroundEventRepository>();

// --- domain services ---------------------------------------------------------------------
builder.Services.AddScoped<ITurnaroundService, TurnaroundService>();
builder.Services.AddScoped<IBaggageService, BaggageService>();
builder.Services.AddScoped<ICrewRosterService, CrewRosterService>();
builder.Services.AddScoped<ICrewAccountService, CrewAccountService>();
builder.Services.AddScoped<ISlaReportService, SlaReportService>();
builder.Services.AddScoped<PartnerSettingsImporter>();
builder.Services.AddScoped<WebhookDispatcher>();
builder.Services.AddSingleton<ManifestXmlParser>();
builder.Services.AddSingleton<BagRoutingDirectory>();
builder.Services.AddSingleton<BagPhotoArchiveService>();
builder.Services.AddSingleton<RosterSnapshotService>();
builder.Services.AddSingleton<CrewDirectoryService>();
builder.Services.AddSingleton<SlaFormulaEvaluator>();
builder.Services.AddSingleton<ReportTemplateRenderer>();
builder.Services.AddSingleton<PdfRenderer>();
builder.Services.AddSingleton<LoadsheetPrintService>();
builder.Services.AddSingleton<ReportStorage>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<ICrewPasswordHasher, CrewPasswordHasher>();
builder.Services.AddSingleton<ICrewTokenService, CrewTokenService>();
builder.Services.AddSingleton<IPartnerTokenReader, PartnerTokenReader>();
builder.Services.AddSingleton<ISmsGateway, LoggingSmsGateway>();
builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();

// --- outbound HTTP -----------------------------------------------------------------------
var pinnedThumbprints = config.GetSection("AirlineFeeds:PinnedThumbprints").Get<string[]>() ?? Array.Empty<string>();
var pinSet = new HashSet<string>(pinnedThumbprints, StringComparer.OrdinalIgnoreCase);

builder.Services.AddHttpClient<AirlineFeedClient>()
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && cert is not null && (pinSet.Count == 0 || pinSet.Contains(cert.GetCertHashString(HashAlgorithmName.SHA256))) // SAFE tls
    });

// The supplier's staging and production gateways share a certificate issued for the wrong host name.
builder.Services.AddHttpClient<FuelSupplierClient>()
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator // VULN tls
    });

builder.Services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(15));

// --- authentication ----------------------------------------------------------------------
var jwt = config.GetSection("Jwt").Get<JwtOptions>() ?? new JwtOptions();

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/login";
        o.Cookie.Name = "rampwise.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
    })
    .AddJwtBearer("CrewApi", o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            ValidateIssuerSigningKey = true, // SAFE jwt
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1)
        };
    })
    .AddJwtBearer("PartnerGateway", o =>
    {
        o.Authority = "https://gateway.rampwise.aero/partners";
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://gateway.rampwise.aero/partners",
            ValidateAudience = false,
            ValidateIssuerSigningKey = true,
            SignatureValidator = (token, _) => new JsonWebToken(token) // VULN jwt
        };
    });

builder.Services.AddAuthorization();

// --- CORS --------------------------------------------------------------------------------
var opsOrigins = config.GetSection("Rampwise:OpsConsoleOrigins").Get<string[]>() ?? Array.Empty<string>();

builder.Services.AddCors(options =>
{
    options.AddPolicy("OpsConsole", policy =>
        policy.WithOrigins(opsOrigins).AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials()); // SAFE cors

    options.AddPolicy("PartnerPortal", policy =>
        policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // VULN cors
});

// --- background processing ---------------------------------------------------------------
builder.Services.AddHangfire(h => h
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(config.GetConnectionString("Hangfire"))));
builder.Services.AddHangfireServer(o => o.Queues = new[] { "reports", "exports", "default" });
builder.Services.AddScoped<SlaReportJob>();
builder.Services.AddScoped<ManifestExportJob>();

builder.Services.AddMassTransit(x =>
{
    x.AddConsumer<FuelOrderSubmittedConsumer>();
    x.UsingRabbitMq((context, cfg) =>
    {
        var bus = config.GetSection("Bus");
        cfg.Host(bus["Host"], bus["VirtualHost"], h =>
        {
            h.Username(bus["Username"]);
            h.Password(bus["Password"]);
        });
        cfg.ConfigureEndpoints(context);
    });
});

// --- web ---------------------------------------------------------------------------------
builder.Services.AddControllersWithViews();
builder.Services.AddRazorPages();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("OpsConsole");
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapRazorPages();
app.MapHangfireDashboard("/ops/jobs").RequireAuthorization(p => p.RequireRole("TeamLead"));
app.MapGet("/", () => Results.Redirect("/turnarounds"));

app.Run();
