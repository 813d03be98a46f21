using Ganss.Xss;
using Hangfire;
using Hangfire.PostgreSql;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using Npgsql;
using RazorLight;
using Rollcall.Web.Config;
using Rollcall.Web.Data;
using Rollcall.Web.Hubs;
using Rollcall.Web.Jobs;
using Rollcall.Web.Messaging;
using Rollcall.Web.Services;
using Rollcall.Web.Util;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
builder.Services.Configure<LdapOptions>(configuration.GetSection(LdapOptions.Section));
builder.Services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
builder.Services.Configure<SsoOptions>(configuration.GetSection(SsoOptions.Section));
builder.Services.Configure<TransportOptions>(configuration.GetSection(TransportOptions.Section));
builder.Services.Configure<ReportingOptions>(configuration.GetSection(ReportingOptions.Section));
builder.Services.Configure<SisLegacyOptions>(configuration.GetSection(SisLegacyOptions.Section));

var rollcallDb = configuration.GetConnectionString("Rollcall")
                 ?? throw new InvalidOperationException("ConnectionStrings:Rollcall is not configured.");

// Data stores
builder.Services.AddDbContext<RollcallDbContext>(options => options.UseNpgsql(rollcallDb).UseSnakeCaseNamingConvention());
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(rollcallDb));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(configuration.GetConnectionString("Portal")));
builder.Services.AddSingleton(sp => sp.GetRequiredService<IMongoClient>().GetDatabase(configuration["Portal:Database"] ?? "rollcall_portal"));

// Security
builder.Services.AddRollcallCors(configuration);
builder.Services.AddRollcallAuthentication(configuration);

// Web
builder.Services.AddControllers();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Staff", AuthSetup.StaffPolicy);
});
builder.Services.AddSignalR();
builder.Services.AddResponseCaching();

// Templating and HTML
builder.Services.AddSingleton<IRazorLightEngine>(_ => new RazorLightEngineBuilder()
    .UseFileSystemProject(Path.Combine(builder.Environment.ContentRootPath, "Templates"))
    .UseMemoryCachingProvider()
    .Build());
builder.Services.AddSingleton(_ =>
{
    var sanitizer = new HtmlSanitizer();
    sanitizer.AllowedTags.Remove("img");
    sanitizer.AllowedTags.Remove("form");
    return sanitizer;
});

// Outbound HTTP
builder.Services.AddHttpClient<TransportService>((sp, client) =>
{
    var transport = sp.GetRequiredService<IOptions<TransportOptions>>().Value;
    client.BaseAddress = new Uri(transport.VehicleApiBase);
    client.Timeout = TimeSpan.FromSeconds(10);
});
builder.Services.AddHttpClient("feeds", client =>
{
    client.Timeout = TimeSpan.FromSeconds(60);
    client.DefaultRequestHeaders.UserAgent.ParseAdd("Rollcall-Transport/2.3");
});
builder.Services.AddHttpClient("webhooks", client => client.Timeout = TimeSpan.FromSeconds(5));
builder.Services.AddHttpClient<SisLegacyClient>((sp, client) =>
        client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<SisLegacyOptions>>().Value.BaseUrl))
    .ConfigurePrimaryHttpMessageHandler(sp => SisLegacyClient.CreateHandler(sp.GetRequiredService<IOptions<SisLegacyOptions>>().Value));
builder.Services.AddHttpClient<StaffSsoClient>((sp, client) =>
    client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<SsoOptions>>().Value.Authority));

// Application services
builder.Services.AddScoped<StudentRepository>();
builder.Services.AddScoped<GradeRepository>();
builder.Services.AddSingleton<AttendanceRepository>();
builder.Services.AddSingleton<GuardianRepository>();

builder.Services.AddScoped<StudentService>();
builder.Services.AddScoped<AttendanceService>();
builder.Services.AddScoped<GradeService>();
builder.Services.AddScoped<GuardianService>();
builder.Services.AddScoped<EnrolmentService>();
builder.Services.AddScoped<MessageService>();
builder.Services.AddScoped<ImportService>();
builder.Services.AddScoped<ExportService>();
builder.Services.AddSingleton<FormulaEngine>();
builder.Services.AddSingleton<PasswordService>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddSingleton<GuardianLinkService>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<PhotoStore>();
builder.Services.AddSingleton<RouteCatalog>();
builder.Services.AddSingleton<ReportRenderer>();
builder.Services.AddSingleton<LetterService>();
builder.Services.AddSingleton<TranscriptParser>();
builder.Services.AddSingleton<StaffDirectoryService>();
builder.Services.AddSingleton<PortalLinks>();
builder.Services.AddSingleton<PartnerHostPolicy>();
builder.Services.AddSingleton<Mailer>();

// Background jobs
builder.Services.AddHangfire(cfg => cfg
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UsePostgreSqlStorage(options => options.UseNpgsqlConnection(rollcallDb)));
builder.Services.AddHangfireServer(options => options.Queues = new[] { "reports", "maintenance", "default" });
builder.Services.AddScoped<ReportJobs>();
builder.Services.AddScoped<TransportSyncJob>();

// Messaging
builder.Services.AddMassTransit(bus =>
{
    bus.SetKebabCaseEndpointNameFormatter();
    bus.AddConsumer<EnrolmentSubmittedConsumer>();
    bus.AddConsumer<TranscriptReceivedConsumer>();
    bus.AddConsumer<GuardianContactChangedConsumer>();
    bus.UsingRabbitMq((context, cfg) =>
    {
        cfg.Host(new Uri(configuration["RabbitMq:Uri"] ?? "rabbitmq://localhost/"), host =>
        {
            host.Username(configuration["RabbitMq:Username"] ?? "guest");
            host.Password(configuration["RabbitMq:Password"] ?? string.Empty);
        });
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
app.UseResponseCaching();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapRazorPages();
app.MapHub<AttendanceHub>("/hubs/attendance");
app.MapHangfireDashboard("/ops/jobs", new DashboardOptions
{
    Authorization = new[] { new HangfireDashboardAuthFilter() },
    DashboardTitle = "Rollcall jobs",
});

app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<TransportSyncJob>(
    "transport-stop-sync",
    job => job.SyncStopAssignmentsAsync(),
    Cron.Daily(4),
    new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });

app.Run();
