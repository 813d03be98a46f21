using Carter;
using Hangfire;
using Hangfire.Dashboard;
using Kilnworks.Configuration;
using Kilnworks.Consumers;
using Kilnworks.Data;
using Kilnworks.Jobs;
using Kilnworks.Services;
using Kilnworks.Services.Security;
using MassTransit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using RepoDb;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.Configure<StudioOptions>(configuration.GetSection(StudioOptions.Section));
builder.Services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
builder.Services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
var studio = configuration.GetSection(StudioOptions.Section).Get<StudioOptions>() ?? new StudioOptions();

GlobalConfiguration.Setup().UseSqlServer();

builder.Services.AddSingleton<IDbConnectionFactory, SqlConnectionFactory>();
builder.Services.AddScoped<FiringRepository>();
builder.Services.AddScoped<BookingRepository>();
builder.Services.AddScoped<GlazeRepository>();
builder.Services.AddScoped<MemberRepository>();
builder.Services.AddScoped<SavedReportRepository>();

builder.Services.AddSingleton<PasswordHasher>();
builder.Services.AddSingleton<TokenIssuer>();
builder.Services.AddSingleton<ShellRunner>();
builder.Services.AddSingleton<KilnProgrammer>();
builder.Services.AddSingleton<KilnControllerClient>();
builder.Services.AddSingleton<WebhookClient>();
builder.Services.AddSingleton<SupplierCatalogClient>();
builder.Services.AddSingleton<RemoteImageFetcher>();
builder.Services.AddSingleton<TemplateRenderer>();
builder.Services.AddSingleton<ConeChartParser>();
builder.Services.AddSingleton<StaffDirectory>();
builder.Services.AddSingleton<GlazeChemistry>();
builder.Services.AddSingleton<MediaStore>();
builder.Services.AddSingleton<CartCookieStore>();
builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
builder.Services.AddScoped<FiringService>();
builder.Services.AddScoped<BookingService>();
builder.Services.AddScoped<GlazeService>();
builder.Services.AddScoped<MemberService>();

builder.Services.AddScoped<TimelapseJob>();
builder.Services.AddScoped<KilnTelemetryJob>();
builder.Services.AddScoped<WebhookDispatchJob>();
builder.Services.AddScoped<NightlyReportJob>();
builder.Services.AddScoped<ReminderJob>();
builder.Services.AddScoped<ArchiveRestoreJob>();

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/Login";
        options.Cookie.Name = "kw_session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
    })
    .AddJwtBearer();

builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<TokenIssuer>((options, tokens) =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = configuration["Jwt:Issuer"],
            ValidAudience = configuration["Jwt:Audience"],
            IssuerSigningKey = tokens.SigningKey(),
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true
        };
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("staff", policy => policy
        .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, JwtBearerDefaults.AuthenticationScheme)
        .RequireRole("staff", "admin"));
});

builder.Services.AddCors(options =>
{
    options.AddPolicy("class-widget", policy => policy.WithOrigins(studio.WidgetOrigins).WithMethods("GET").AllowCredentials()); // SAFE cors
    options.AddPolicy("partners", policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // VULN cors
});

builder.Services.AddMassTransit(bus =>
{
    bus.SetKebabCaseEndpointNameFormatter();
    bus.AddConsumer<FiringScheduledConsumer>();
    bus.AddConsumer<GlazeLabelConsumer>();
    bus.AddConsumer<KilnLogUploadedConsumer>();
    bus.UsingRabbitMq((context, cfg) =>
    {
        cfg.Host(new Uri(configuration["RabbitMq:Host"] ?? "rabbitmq://localhost"), host =>
        {
            host.Username(configuration["RabbitMq:Username"] ?? "guest");
            host.Password(Environment.GetEnvironmentVariable("KILNWORKS_MQ_PASSWORD") ?? string.Empty);
        });
        cfg.UseMessageRetry(retry => retry.Interval(3, TimeSpan.FromSeconds(10)));
        cfg.ConfigureEndpoints(context);
    });
});

var hangfireConnection = (configuration.GetConnectionString("Hangfire") ?? string.Empty)
    .Replace("${KILNWORKS_JOBS_PASSWORD}", Environment.GetEnvironmentVariable("KILNWORKS_JOBS_PASSWORD") ?? string.Empty, StringComparison.Ordinal);
builder.Services.AddHangfire(cfg => cfg
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UseSqlServerStorage(hangfireConnection));
builder.Services.AddHangfireServer(options => options.Queues = new[] { "default", "kiln" });

builder.Services.AddCarter();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Members");
    options.Conventions.AuthorizeFolder("/Bookings");
});
builder.Services.AddAntiforgery();

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
app.UseAntiforgery();

app.UseHangfireDashboard("/ops/jobs", new DashboardOptions
{
    Authorization = new[] { new StaffDashboardFilter() },
    DisplayStorageConnectionString = false
});

app.MapRazorPages();
app.MapCarter();

var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
recurring.AddOrUpdate<KilnTelemetryJob>("kiln-telemetry", job => job.PollAsync(CancellationToken.None), "*/2 * * * *");
recurring.AddOrUpdate<NightlyReportJob>("nightly-reports", job => job.RunAsync(CancellationToken.None), Cron.Daily(5));

app.Run();

internal sealed class StaffDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        return http.User.Identity?.IsAuthenticated == true && http.User.IsInRole("admin");
    }
}
