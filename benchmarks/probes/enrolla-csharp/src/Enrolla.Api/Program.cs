using System.Text;
using Enrolla.Api.Components;
using Enrolla.Api.Endpoints;
using Enrolla.Api.Infrastructure;
using Enrolla.Api.Middleware;
using Enrolla.Api.Workers;
using Enrolla.Core.Abstractions;
using Enrolla.Core.Configuration;
using Enrolla.Core.Queue;
using Enrolla.Core.Security;
using Enrolla.Core.Services;
using Enrolla.Data;
using Enrolla.Data.Repositories;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;
var admissionsDb = config.GetConnectionString("Admissions")!;

builder.Services.Configure<EnrollaOptions>(config.GetSection(EnrollaOptions.Section));
builder.Services.AddDbContext<EnrollaDbContext>(o => o.UseNpgsql(admissionsDb));
builder.Services.AddSingleton<IDbConnectionFactory>(new NpgsqlConnectionFactory(admissionsDb));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(config.GetConnectionString("Appeals")));

builder.Services.AddScoped<ApplicantRepository>();
builder.Services.AddScoped<SchoolRepository>();
builder.Services.AddScoped<IOfferRepository, OfferRepository>();
builder.Services.AddScoped<IAppealRepository, AppealRepository>();
builder.Services.AddScoped<OfferService>();
builder.Services.AddScoped<AppealService>();
builder.Services.AddSingleton<CatchmentService>();
builder.Services.AddSingleton<CatchmentRulesService>();
builder.Services.AddSingleton<DocumentStorageService>();
builder.Services.AddSingleton<FeedImportService>();
builder.Services.AddSingleton<LetterTemplateService>();
builder.Services.AddSingleton<RankingFormulaService>();
builder.Services.AddSingleton<DirectoryLookupService>();
builder.Services.AddSingleton<ReportExportService>();
builder.Services.AddSingleton<PreferencesCodec>();
builder.Services.AddSingleton<PasswordService>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddSingleton<IOfferLetterQueue, OfferLetterQueue>();
builder.Services.AddHostedService<OfferLetterWorker>();
builder.Services.AddEnrollaHttpClients(config);

builder.Services.AddCors(options =>
{
    options.AddPolicy("ParentPortal", policy => policy
        .WithOrigins(config.GetSection("Cors:ParentPortalOrigins").Get<string[]>() ?? [])
        .AllowCredentials().AllowAnyHeader().WithMethods("GET", "POST"));
    options.AddPolicy("SchoolWidgets", policy => policy
        .SetIsOriginAllowed(_ => true) // VULN cors
        .AllowCredentials().AllowAnyHeader().AllowAnyMethod());
});

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = config["Jwt:Issuer"],
            ValidAudience = "enrolla-staff",
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:SigningKey"]!)),
        };
    })
    .AddJwtBearer("Partner", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = config["Jwt:PartnerIssuer"],
            ValidAudience = "enrolla-partner",
            SignatureValidator = (token, _) => new JsonWebToken(token), // VULN jwt
        };
    });
builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("Caseworker", p => p.RequireRole("caseworker", "admissions-admin"));
    o.AddPolicy("PartnerRead", p => p.AddAuthenticationSchemes("Partner").RequireAuthenticatedUser());
});

builder.Services.AddControllersWithViews();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAntiforgery();

var app = builder.Build();

app.UseStaticFiles();
app.UseMiddleware<PartnerOriginMiddleware>();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapApplicantEndpoints();
app.MapSchoolEndpoints();
app.MapDocumentEndpoints();
app.MapOfferEndpoints();
app.MapAppealEndpoints();
app.MapAccountEndpoints();
app.MapLetterEndpoints();
app.MapControllerRoute("admin", "{area:exists}/{controller=Reports}/{action=Index}/{id?}");
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
