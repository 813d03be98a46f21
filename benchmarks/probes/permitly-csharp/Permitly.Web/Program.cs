using System.Net.Security;
using System.Threading.Channels;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;
using Permitly.Web.Config;
using Permitly.Web.Data;
using Permitly.Web.Hubs;
using Permitly.Web.Jobs;
using Permitly.Web.Security;
using Permitly.Web.Services;
using RazorLight;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("PERMITLY_");
var config = builder.Configuration;
var services = builder.Services;

services.Configure<PermitlyOptions>(config.GetSection(PermitlyOptions.Section));
var permitly = config.GetSection(PermitlyOptions.Section).Get<PermitlyOptions>() ?? new PermitlyOptions();

// Data access
services.AddDbContext<PermitlyDbContext>(o => o.UseSqlServer(config.GetConnectionString("Permits")).UseSnakeCaseNamingConvention());
services.AddSingleton<IMongoClient>(_ => new MongoClient(config.GetConnectionString("Appeals")));
services.AddScoped<PermitRepository>().AddScoped<FeeRepository>().AddScoped<InspectionRepository>().AddScoped<AccountRepository>();
services.AddSingleton<AppealDocumentStore>();

// Domain services
services.AddScoped<PlanStorageService>().AddScoped<PlanConversionService>().AddTransient<ArchiveJobService>();
services.AddSingleton<SiteDiagnosticsService>().AddSingleton<FeeFormulaService>().AddSingleton<ZoningRulesService>();
services.AddSingleton<ChecklistService>().AddSingleton<StaffDirectoryService>().AddSingleton<NoticeTemplateService>();
services.AddSingleton<PasswordService>().AddSingleton<CodeGenerator>().AddSingleton<TokenService>();
services.AddSingleton<IRazorLightEngine>(_ => new RazorLightEngineBuilder().UseNoProject().UseMemoryCachingProvider().Build());

// Plan conversion pipeline: PlansController writes, PlanConversionWorker reads.
var conversions = Channel.CreateBounded<PlanConversionJob>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
services.AddSingleton(conversions.Reader);
services.AddSingleton(conversions.Writer);
services.AddHostedService<PlanConversionWorker>();

// Outbound HTTP
services.AddHttpClient<CountyGisClient>(c => c.BaseAddress = new Uri(permitly.Gis.BaseUrl))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None, // SAFE tls
    });
services.AddHttpClient<StatusWebhookNotifier>(c => c.Timeout = TimeSpan.FromSeconds(10))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // VULN tls
    });

services.AddHangfire(h => h.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(config.GetConnectionString("Jobs"))));
services.AddHangfireServer();

services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o => o.LoginPath = "/account/login")
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = config["Jwt:Issuer"],
            ValidAudience = config["Jwt:Audience"],
            IssuerSigningKey = SigningKeys.FromConfiguration(config),
            ValidateLifetime = false, RequireSignedTokens = false, // VULN jwt
        };
    });

// Inspector tablets call the API and the hub with bearer tokens; browsers use the cookie.
services.AddAuthorization(o => o.DefaultPolicy =
    new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme, JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .Build());

services.AddCors(cors =>
{
    cors.AddPolicy("ContractorPortal", policy => policy
        .SetIsOriginAllowed(_ => true) // VULN cors
        .AllowCredentials()
        .AllowAnyHeader()
        .AllowAnyMethod());
    cors.AddPolicy("PublicLookup", policy => policy.WithOrigins(permitly.Cors.PublicOrigins).WithMethods("GET"));
});

services.AddControllersWithViews().AddNewtonsoftJson();
services.AddRazorPages();
services.AddSignalR(o => o.MaximumReceiveMessageSize = 256 * 1024);

var app = builder.Build();

app.UseExceptionHandler("/Error");
app.UseHsts();
app.UseRouting();
app.UseMiddleware<OriginPolicyMiddleware>();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers().RequireCors("ContractorPortal");
app.MapRazorPages();
app.MapHub<InspectionHub>("/hubs/inspections");
app.MapHangfireDashboard("/ops/jobs").RequireAuthorization(p => p.RequireRole("ops"));
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).RequireCors("PublicLookup");

app.Run();
