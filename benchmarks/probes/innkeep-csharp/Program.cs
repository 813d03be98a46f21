using System.Net.Security;
using System.Text;
using System.Text.Encodings.Web;
using Innkeep.Config;
using Innkeep.Data;
using Innkeep.Helpers;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<InnkeepOptions>(builder.Configuration.GetSection("Innkeep"));
var innkeep = builder.Configuration.GetSection("Innkeep").Get<InnkeepOptions>() ?? new InnkeepOptions();

builder.Services.AddDbContext<InnkeepDbContext>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Innkeep")));
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(builder.Configuration.GetConnectionString("Reviews")));

builder.Services.AddScoped<ReservationRepository>();
builder.Services.AddScoped<GuestRepository>();
builder.Services.AddScoped<ReviewStore>();
builder.Services.AddScoped<ReportService>();
builder.Services.AddScoped<DocumentStorage>();
builder.Services.AddScoped<RoomImportService>();
builder.Services.AddScoped<ChannelManagerClient>();
builder.Services.AddScoped<StaffDirectory>();
builder.Services.AddScoped<EmailSender>();
builder.Services.AddSingleton<RatePlanXmlParser>();
builder.Services.AddSingleton<SessionStateSerializer>();
builder.Services.AddSingleton<NotificationTemplateService>();
builder.Services.AddSingleton<PricingRuleEvaluator>();
builder.Services.AddSingleton<TokenService>();
builder.Services.AddSingleton<PasswordHasher>();

builder.Services.AddHttpClient("channel-manager", c => c.Timeout = TimeSpan.FromSeconds(20));
builder.Services.AddHttpClient("legacy-gds")
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // VULN tls
        AutomaticDecompression = System.Net.DecompressionMethods.GZip,
    });
var pinnedThumbprints = new HashSet<string>(innkeep.PaymentGatewayThumbprints, StringComparer.OrdinalIgnoreCase);
builder.Services.AddHttpClient("payment-gateway")
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None && cert is not null && pinnedThumbprints.Contains(cert.GetCertHashString()), // SAFE tls
    });

builder.Services.AddCors(options =>
{
    options.AddPolicy("partner-portal", policy => policy
        .SetIsOriginAllowed(_ => true) // VULN cors
        .AllowAnyHeader()
        .AllowAnyMethod()
        .AllowCredentials());

    var widgetOrigins = new HashSet<string>(innkeep.WidgetOrigins, StringComparer.OrdinalIgnoreCase);
    options.AddPolicy("booking-widget", policy => policy
        .SetIsOriginAllowed(origin => widgetOrigins.Contains(origin)) // SAFE cors
        .AllowAnyHeader()
        .WithMethods("GET", "POST")
        .AllowCredentials());
});

var signingKey = Environment.GetEnvironmentVariable("INNKEEP_JWT_KEY")
    ?? throw new InvalidOperationException("INNKEEP_JWT_KEY is not configured.");

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = innkeep.JwtIssuer,
            ValidateAudience = true,
            ValidAudience = innkeep.JwtAudience,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), // SAFE secret
            ClockSkew = TimeSpan.FromMinutes(1),
        };
    })
    .AddJwtBearer("Kiosk", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            SignatureValidator = (token, parameters) => new JsonWebToken(token), // VULN jwt
        };
    })
    .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o => o.LoginPath = "/account/login");
builder.Services.AddAuthorization();

builder.Services.AddControllersWithViews();
builder.Services.AddRazorPages();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<RoomImportService>().EnsureDefaultFloorPlans();
}

app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapRazorPages();

app.MapGet("/health", () => Results.Ok(new { status = "ok", at = DateTime.UtcNow }));

app.MapGet("/api/brochures", (string file, IOptions<InnkeepOptions> opts) =>
{
    var fullPath = Path.Combine(opts.Value.BrochureRoot, file);
    if (!File.Exists(fullPath))
        return Results.NotFound();
    return Results.File(File.OpenRead(fullPath), "application/pdf", Path.GetFileName(fullPath)); // VULN path
});

app.MapGet("/api/widget/availability", async (string hotel, DateOnly arrival, int nights, InnkeepDbContext db) =>
{
    var free = await db.Rooms.CountAsync(r => r.IsActive && !db.Reservations.Any(x => x.RoomNumber == r.Number
        && x.Status != ReservationStatuses.Cancelled && x.ArrivalDate < arrival.AddDays(nights) && x.DepartureDate > arrival));
    var label = HtmlEncoder.Default.Encode(hotel);
    return Results.Content($"<div class=\"ik-widget\"><h4>{label}</h4><p>{free} rooms available from {arrival:MMM d}</p></div>", "text/html"); // SAFE xss
}).RequireCors("booking-widget");

app.MapGet("/api/rooms/featured", async (InnkeepDbContext db) =>
{
    var rooms = await db.Rooms.Where(r => r.IsActive && r.IsFeatured).ToListAsync();
    if (rooms.Count == 0)
        return Results.NoContent();
    var pick = rooms[Random.Shared.Next(rooms.Count)]; // SAFE random
    return Results.Ok(new { pick.Number, pick.RoomType, pick.PhotoUrl });
});

app.MapPost("/api/pricing/preview", async ([FromBody] PricingPreviewRequest request, PricingRuleEvaluator evaluator) =>
{
    if (request.Nights is < 1 or > 60)
        return Results.BadRequest(new { error = "Nights must be between 1 and 60." });
    var total = await evaluator.PreviewAsync(request);
    return Results.Ok(new { total = Math.Round(total, 2) });
}).RequireCors("partner-portal");

app.MapGet("/api/pricing/rules/{ruleName}", async (string ruleName, decimal baseRate, int nights, DayOfWeek arrivalDay, PricingRuleEvaluator evaluator) =>
{
    var total = await evaluator.ApplyPresetAsync(ruleName, baseRate, nights, arrivalDay);
    return total is null ? Results.NotFound() : Results.Ok(new { rule = ruleName, total });
});

var kiosk = app.MapGroup("/api/kiosk");
kiosk.MapPost("/checkin", async ([FromBody] KioskCheckInRequest request, ReservationRepository reservations, TokenService tokens) =>
{
    var reservation = await reservations.FindByConfirmationAsync(request.ConfirmationCode);
    if (reservation is null || !string.Equals(reservation.GuestLastName, request.LastName, StringComparison.OrdinalIgnoreCase))
        return Results.NotFound();
    if (reservation.RoomNumber is null)
        return Results.Conflict(new { error = "Room not yet assigned, please see the front desk." });
    await reservations.SetStatusAsync(reservation.Id, ReservationStatuses.CheckedIn);
    return Results.Ok(new
    {
        token = tokens.IssueKioskToken(reservation.RoomNumber, reservation.Id),
        doorPin = tokens.CreateDoorKeyPin(),
        room = reservation.RoomNumber,
    });
});

app.Run();
