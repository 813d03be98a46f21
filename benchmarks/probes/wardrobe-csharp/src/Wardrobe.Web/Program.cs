using Dapper;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using NServiceBus;
using Quartz;
using Wardrobe.Web.Data;
using Wardrobe.Web.Endpoints;
using Wardrobe.Web.Jobs;
using Wardrobe.Web.Options;
using Wardrobe.Web.Services;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.Configure<StorageOptions>(config.GetSection(StorageOptions.Section));
builder.Services.Configure<DirectoryOptions>(config.GetSection(DirectoryOptions.Section));
builder.Services.Configure<SupplierOptions>(config.GetSection(SupplierOptions.Section));
builder.Services.Configure<CourierOptions>(config.GetSection(CourierOptions.Section));
builder.Services.Configure<JwtIssuerOptions>(config.GetSection(JwtIssuerOptions.Section));

// Data access: EF Core for the aggregate-shaped bits, Dapper/Npgsql for grids and reports.
var connectionString = config.GetConnectionString("Wardrobe")
    ?? throw new InvalidOperationException("Connection string 'Wardrobe' is not configured.");
DefaultTypeMap.MatchNamesWithUnderscores = true;
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
builder.Services.AddDbContext<WardrobeDbContext>(options =>
    options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<CostumeRepository>();
builder.Services.AddScoped<RentalRepository>();
builder.Services.AddScoped<ReportRepository>();
builder.Services.AddScoped<CostumeService>();
builder.Services.AddScoped<RentalService>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<CatalogXmlImporter>();
builder.Services.AddScoped<CostumePackImporter>();
builder.Services.AddSingleton<PreferenceImporter>();
builder.Services.AddSingleton<PricingRuleEvaluator>();
builder.Services.AddSingleton<PasswordHasher>();
builder.Services.AddSingleton<CodeGenerator>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddSingleton<ReturnNavigation>();
builder.Services.AddSingleton<PhotoStorage>();
builder.Services.AddSingleton<LabelPrinter>();
builder.Services.AddSingleton<ArchiveService>();
builder.Services.AddSingleton<MemberDirectory>();
builder.Services.AddSingleton<SupplierCatalogue>();
builder.Services.AddSingleton<CourierClient>();

builder.Services.AddHttpClient<SupplierCatalogClient>(client =>
    {
        client.Timeout = TimeSpan.FromSeconds(20);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Wardrobe/2.3 (+https://wardrobe.theatre.local)");
    })
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }); // VULN tls

builder.Services.AddHttpClient("photo-import", client =>
{
    client.Timeout = TimeSpan.FromSeconds(30);
    client.MaxResponseContentBufferSize = 16 * 1024 * 1024;
});

builder.Services.AddCors(options =>
{
    options.AddPolicy("box-office", policy =>
    {
        var origins = config.GetSection("Cors:BoxOfficeOrigins").Get<string[]>() ?? Array.Empty<string>();
        policy.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader().AllowCredentials(); // SAFE cors
    });

    options.AddPolicy("partner-portal", policy =>
    {
        policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials(); // VULN cors
    });
});

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/login";
        options.Cookie.Name = "wardrobe.auth";
        options.Cookie.SameSite = SameSiteMode.None;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
    })
    .AddJwtBearer("kiosk", options =>
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = config["Tokens:Issuer"],
            ValidAudience = TokenService.KioskAudience,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = false,
            SignatureValidator = (token, _) => new JsonWebToken(token), // VULN jwt
        };
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("staff", policy => policy.RequireRole("wardrobe-staff", "wardrobe-manager"));
    options.AddPolicy("manager", policy => policy.RequireRole("wardrobe-manager"));
});

builder.Host.UseNServiceBus(_ =>
{
    var endpoint = new EndpointConfiguration("Wardrobe.Web");
    endpoint.UseSerialization<SystemJsonSerializer>();
    endpoint.UseTransport(new LearningTransport());
    endpoint.EnableInstallers();
    return endpoint;
});

builder.Services.AddQuartz(quartz =>
{
    quartz.AddJob<OverdueReportJob>(job => job.WithIdentity(OverdueReportJob.Key));
    quartz.AddTrigger(trigger => trigger
        .ForJob(OverdueReportJob.Key)
        .WithIdentity("overdue-report-nightly", "reports")
        .WithCronSchedule("0 30 5 * * ?"));

    quartz.AddJob<ProductionArchiveJob>(job => job.WithIdentity(ProductionArchiveJob.Key).StoreDurably());
});
builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

builder.Services.AddControllersWithViews();
builder.Services.AddRazorPages();
builder.Services.AddServerSideBlazor();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsync("Something went wrong backstage. Please try again.");
    }));
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("box-office");
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapRazorPages();
app.MapLabelEndpoints();
app.MapSupplierEndpoints();
app.MapPricingEndpoints();
app.MapGet("/", () => Results.Redirect("/productions"));

app.Run();
