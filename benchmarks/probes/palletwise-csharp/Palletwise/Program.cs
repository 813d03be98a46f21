using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;
using Palletwise.Config;
using Palletwise.Data;
using Palletwise.Helpers;
using Palletwise.Services;
using Palletwise.Workers;

var builder = WebApplication.CreateBuilder(args);

var section = builder.Configuration.GetSection(PalletwiseOptions.Section);
builder.Services.Configure<PalletwiseOptions>(section);
var options = section.Get<PalletwiseOptions>() ?? new PalletwiseOptions();

builder.Services.AddDbContext<PalletwiseDbContext>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Inventory")));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(builder.Configuration.GetConnectionString("Audit")));

builder.Services.AddScoped<InventoryRepository>();
builder.Services.AddScoped<ShipmentRepository>();
builder.Services.AddSingleton<AuditLogStore>();
builder.Services.AddSingleton<OutboundHostPolicy>();
builder.Services.AddSingleton<CredentialService>();
builder.Services.AddSingleton<LabelPrintService>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<ManifestImportService>();
builder.Services.AddSingleton<WebhookNotifier>();
builder.Services.AddSingleton<StaffDirectory>();
builder.Services.AddSingleton<ZoneLookup>();
builder.Services.AddSingleton<ReportTemplateService>();
builder.Services.AddScoped<CarrierGateway>();
builder.Services.AddHostedService<StockSyncWorker>();

builder.Services.AddHttpClient("carriers", c => c.Timeout = TimeSpan.FromSeconds(15))
    .ConfigurePrimaryHttpMessageHandler(() => CarrierGateway.CreatePinnedCarrierHandler(options.CarrierCertThumbprint));
builder.Services.AddHttpClient("legacy-freight", c => c.Timeout = TimeSpan.FromSeconds(30))
    .ConfigurePrimaryHttpMessageHandler(CarrierGateway.CreateLegacyFreightHandler);
builder.Services.AddHttpClient("erp", c => c.BaseAddress = new Uri("https://erp.palletwise.local/api/"));

builder.Services.AddCors(cors =>
{
    cors.AddPolicy("customer-portal", policy => policy
        .WithOrigins(options.PortalOrigins) // SAFE cors
        .AllowAnyHeader()
        .AllowAnyMethod()
        .AllowCredentials());
    cors.AddPolicy("handheld-scanners", policy => policy
        .SetIsOriginAllowed(_ => true) // VULN cors
        .AllowAnyHeader()
        .AllowAnyMethod()
        .AllowCredentials());
});

var partnerKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("pw-partner-edi-7c1e94b0d25f4a8e9b3c6d0f1a2e5b77")); // VULN secret

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "palletwise",
            ValidAudience = "palletwise-api",
            IssuerSigningKey = CredentialService.LoadSigningKey(),
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
        };
    })
    .AddJwtBearer("Partner", o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "palletwise-edi",
            ValidAudience = "palletwise-partners",
            IssuerSigningKey = partnerKey,
        };
    })
    .AddJwtBearer("Scanner", o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireSignedTokens = false, SignatureValidator = (token, _) => new JsonWebToken(token), // VULN jwt
        };
    })
    .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
    {
        o.LoginPath = "/auth/login";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    });

builder.Services.AddAuthorization();
builder.Services.AddControllers();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("customer-portal");
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapRazorPages();
app.MapGet("/scanner/ping", () => Results.Ok(new { pong = DateTime.UtcNow }))
    .RequireCors("handheld-scanners");

app.Run();
