using System.Net.Security;
using System.Security.Cryptography;
using Carter;
using FastEndpoints;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Quayside.Api.Configuration;
using Quayside.Api.Data;
using Quayside.Api.GraphQL;
using Quayside.Api.Jobs;
using Quayside.Api.Security;
using Quayside.Api.Services;
using ServiceStack.Data;
using ServiceStack.OrmLite;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.Configure<QuaysideOptions>(configuration.GetSection(QuaysideOptions.Section));
builder.Services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
builder.Services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
builder.Services.Configure<PortAuthorityOptions>(configuration.GetSection(PortAuthorityOptions.Section));

var quayside = configuration.GetSection(QuaysideOptions.Section).Get<QuaysideOptions>() ?? new QuaysideOptions();
var authOptions = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();

// ---- data access -------------------------------------------------------------------------
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(configuration.GetConnectionString("Ticketing")!));
builder.Services.AddSingleton<IDbConnectionFactory>(_ =>
    new OrmLiteConnectionFactory(configuration.GetConnectionString("Cargo"), PostgreSqlDialect.Provider));
builder.Services.AddDbContext<QuaysideDbContext>(o => o.UseNpgsql(configuration.GetConnectionString("Ticketing")));

builder.Services.AddScoped<BookingRepository>();
builder.Services.AddScoped<CrewRepository>();
builder.Services.AddScoped<CargoRepository>();
builder.Services.AddScoped<ReportRepository>();

// ---- domain services ---------------------------------------------------------------------
builder.Services.AddScoped<BookingService>();
builder.Services.AddScoped<FareCalculator>();
builder.Services.AddSingleton<FareRuleEvaluator>();
builder.Services.AddSingleton<TicketQueuePublisher>();
builder.Services.AddSingleton<BarcodeSigner>();
builder.Services.AddScoped<CrewService>();
builder.Services.AddScoped<ManifestService>();
builder.Services.AddSingleton<ManifestXmlReader>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<ArchiveService>();
builder.Services.AddSingleton<LabelPrinter>();
builder.Services.AddSingleton<NotificationTemplateRenderer>();
builder.Services.AddSingleton<StaffDirectory>();
builder.Services.AddScoped<StaffAuthService>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddScoped<PortAuthorityClient>();
builder.Services.AddScoped<TimetableImporter>();
builder.Services.AddScoped<WebhookDispatcher>();

// ---- outbound HTTP -----------------------------------------------------------------------
builder.Services.AddHttpClient(PortAuthorityClient.ApiClient, (sp, client) =>
    {
        var pa = sp.GetRequiredService<IOptions<PortAuthorityOptions>>().Value;
        client.BaseAddress = new Uri(pa.BaseUrl.TrimEnd('/') + "/");
        client.DefaultRequestHeaders.Add("X-Api-Key", pa.ApiKey);
        client.Timeout = TimeSpan.FromSeconds(15);
    })
    .ConfigurePrimaryHttpMessageHandler(sp =>
    {
        var pin = sp.GetRequiredService<IOptions<PortAuthorityOptions>>().Value.PinnedThumbprint;
        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None && (string.IsNullOrEmpty(pin) || string.Equals(cert?.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase)), // SAFE tls
        };
    });

// AIS relays run on the port authority's own PKI.
builder.Services.AddHttpClient(PortAuthorityClient.TrackingClient, client => client.Timeout = TimeSpan.FromSeconds(10))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }); // VULN tls

builder.Services.AddHttpClient("timetables", client => client.Timeout = TimeSpan.FromSeconds(30));
builder.Services.AddHttpClient(WebhookDispatcher.ClientName, client =>
{
    client.Timeout = TimeSpan.FromSeconds(10);
    client.DefaultRequestHeaders.UserAgent.ParseAdd("Quayside-Webhooks/2.4");
});
builder.Services.AddHttpClient("sso", client => client.Timeout = TimeSpan.FromSeconds(10));

// ---- authentication / authorisation ------------------------------------------------------
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = TokenService.StaffValidationParameters(authOptions, TokenService.CreateSigningKey(authOptions));
        o.Events = new JwtBearerEvents
        {
            OnMessageReceived = ctx =>
            {
                if (string.IsNullOrEmpty(ctx.Token) && ctx.Request.Cookies.TryGetValue(TokenService.StaffCookie, out var cookie))
                {
                    ctx.Token = cookie;
                }

                return Task.CompletedTask;
            },
            OnChallenge = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/backoffice"))
                {
                    ctx.HandleResponse();
                    ctx.Response.Redirect("/backoffice/login?returnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString));
                }

                return Task.CompletedTask;
            },
        };
    });

builder.Services.AddAuthorizationBuilder()
    .AddPolicy("Staff", p => p.RequireAuthenticatedUser())
    .AddPolicy("Ticketing", p => p.RequireRole("ticketing", "admin"))
    .AddPolicy("Rostering", p => p.RequireRole("rostering", "admin"))
    .AddPolicy("Cargo", p => p.RequireRole("cargo", "admin"))
    .AddPolicy("Operations", p => p.RequireRole("ticketing", "cargo", "admin"))
    .AddPolicy("Reporting", p => p.RequireRole("ticketing", "admin"))
    .AddPolicy("Admin", p => p.RequireRole("admin"))
    .AddPolicy("Kiosk", p => p.RequireClaim("device_type", "gangway-kiosk"));

// ---- CORS --------------------------------------------------------------------------------
builder.Services.AddCors(o =>
{
    // Travel agents embed the booking widget on their own sites.
    o.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // VULN cors
    o.AddPolicy("backoffice", policy => policy.WithOrigins(quayside.BackOfficeOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // SAFE cors
});

// ---- frameworks --------------------------------------------------------------------------
builder.Services.AddFastEndpoints();
builder.Services.AddCarter();
builder.Services.AddRazorPages();
builder.Services
    .AddGraphQLServer()
    .AddQueryType<QuaysideQuery>()
    .AddMutationType<QuaysideMutation>()
    .ModifyRequestOptions(o => o.IncludeExceptionDetails = builder.Environment.IsDevelopment());

builder.Services.AddHangfire(cfg => cfg
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(configuration.GetConnectionString("Jobs"))));
builder.Services.AddHangfireServer(o => o.Queues = new[] { "webhooks", "default" });

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.UseFastEndpoints(c =>
{
    c.Errors.UseProblemDetails();
    c.Serializer.Options.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
});
app.MapCarter();
app.MapRazorPages();
app.MapGraphQL("/graphql").RequireAuthorization("Staff").RequireCors("backoffice");
app.MapHangfireDashboard("/hangfire", new DashboardOptions
{
    Authorization = Array.Empty<IDashboardAuthorizationFilter>(),
    DashboardTitle = "Quayside jobs",
}).RequireAuthorization("Admin");

app.Services.GetRequiredService<IRecurringJobManager>()
    .AddOrUpdate<ScheduledReportJob>("weekly-revenue", j => j.RunWeeklyAsync(CancellationToken.None), "0 6 * * 1");

app.Run();
