using System.Text;
using Claimwell.Web.Data;
using Claimwell.Web.Endpoints;
using Claimwell.Web.Grpc;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Messaging;
using Claimwell.Web.Options;
using Claimwell.Web.Services;
using Claimwell.Web.Workers;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.Configure<AuthOptions>(config.GetSection("Auth"));
builder.Services.Configure<StorageOptions>(config.GetSection("Storage"));
builder.Services.Configure<ConversionOptions>(config.GetSection("Conversion"));
builder.Services.Configure<LdapOptions>(config.GetSection("Ldap"));
builder.Services.Configure<AssessorOptions>(config.GetSection("Assessor"));
builder.Services.Configure<RepairShopOptions>(config.GetSection("RepairShops"));
builder.Services.Configure<PortalOptions>(config.GetSection("Portal"));
builder.Services.Configure<PayoutRuleOptions>(config.GetSection("PayoutRules"));
builder.Services.Configure<AuditOptions>(config.GetSection("Audit"));
builder.Services.Configure<PartnerOptions>(config.GetSection("Partners"));
builder.Services.Configure<EmailOptions>(config.GetSection("Email"));
builder.Services.Configure<TemplateOptions>(config.GetSection("Templates"));

builder.Services.AddSingleton(TimeProvider.System);

// Persistence
builder.Services.AddDbContext<ClaimwellDbContext>(options =>
    options.UseSqlServer(config.GetConnectionString("Claims"), sql => sql.EnableRetryOnFailure(3)));
builder.Services.AddSingleton<ISqlConnectionFactory, SqlConnectionFactory>();
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(config.GetConnectionString("Audit")));
builder.Services.AddSingleton<AuditStore>();
builder.Services.AddScoped<ClaimRepository>();
builder.Services.AddScoped<PolicyRepository>();
builder.Services.AddScoped<PayoutLedgerDao>();

// Domain services
builder.Services.AddScoped<ClaimIntakeService>();
builder.Services.AddScoped<DocumentService>();
builder.Services.AddScoped<PayoutService>();
builder.Services.AddScoped<ClaimNotificationService>();
builder.Services.AddScoped<BrokerAccountService>();
builder.Services.AddScoped<BordereauImportService>();
builder.Services.AddSingleton<ClaimReferenceGenerator>();
builder.Services.AddSingleton<DocumentStorage>();
builder.Services.AddSingleton<ZipBundleExtractor>();
builder.Services.AddSingleton<DocumentConversionService>();
builder.Services.AddSingleton<MetadataScanner>();
builder.Services.AddSingleton<ProductCatalog>();
builder.Services.AddSingleton<QuoteService>();
builder.Services.AddSingleton<PayoutRuleEngine>();
builder.Services.AddSingleton<BrokerDirectoryService>();
builder.Services.AddSingleton<NotificationTemplateService>();
builder.Services.AddSingleton<PortalSessionService>();
builder.Services.AddSingleton<PolicyPresenter>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
builder.Services.AddScoped<PartnerApiKeyFilter>();

builder.Services.AddClaimwellHttpClients(config);
builder.Services.AddClaimwellMessaging(config);
builder.Services.AddHostedService<ClaimEventsWorker>();

// Authentication
var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Auth:SigningKey"] ?? throw new InvalidOperationException("Auth:SigningKey must be supplied via environment or Key Vault."))); // SAFE secret
builder.Services.AddSingleton(signingKey);

builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/login";
        options.Cookie.Name = "cw_session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
    })
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = config["Auth:Issuer"],
            ValidateAudience = true,
            ValidAudience = config["Auth:Audience"],
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = signingKey,
            ValidateLifetime = true
        };
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("Adjuster", policy => policy
        .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, JwtBearerDefaults.AuthenticationScheme)
        .RequireRole("adjuster"));
    options.AddPolicy("Broker", policy => policy.RequireRole("broker"));
    options.AddPolicy("Api", policy => policy
        .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser());
});

// CORS
var adjusterOrigins = config.GetSection("Cors:AdjusterOrigins").Get<string[]>() ?? Array.Empty<string>();
builder.Services.AddCors(options =>
{
    options.AddPolicy("AdjusterApp", policy => policy.WithOrigins(adjusterOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // SAFE cors
    options.AddPolicy("BrokerWidgets", policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().WithMethods("GET").AllowCredentials()); // VULN cors
});

builder.Services.AddControllersWithViews();
builder.Services.AddServerSideBlazor();
builder.Services.AddGrpc(options => options.EnableDetailedErrors = builder.Environment.IsDevelopment());
builder.Services.AddProblemDetails();

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

app.MapControllerRoute("default", "{controller=Adjuster}/{action=Board}/{id?}");
app.MapBlazorHub();
app.MapGrpcService<AdjusterGrpcService>().RequireCors("AdjusterApp");

var api = app.MapGroup("/api").RequireAuthorization("Api").RequireCors("AdjusterApp");
api.MapClaimEndpoints();
api.MapDocumentEndpoints();
api.MapPayoutEndpoints();
api.MapQuoteEndpoints();
app.MapPartnerEndpoints();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();

app.Run();
