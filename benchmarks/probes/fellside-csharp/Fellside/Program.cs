using Fellside.Data;
using Fellside.Endpoints;
using Fellside.Infrastructure;
using Fellside.Messages;
using Fellside.Options;
using Fellside.Repositories;
using Fellside.Services;
using Microsoft.EntityFrameworkCore;
using Orleans.Hosting;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<FellsideOptions>(builder.Configuration.GetSection("Fellside"));

builder.Services.AddDbContext<FellsideDbContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Fellside")));
builder.Services.AddSingleton<IDbConnectionFactory, NpgsqlConnectionFactory>();

builder.Services.AddScoped<BookingRepository>();
builder.Services.AddScoped<HutRepository>();
builder.Services.AddScoped<CalloutRepository>();
builder.Services.AddScoped<MemberRepository>();

builder.Services.AddScoped<BookingService>();
builder.Services.AddScoped<CalloutService>();
builder.Services.AddScoped<MemberAccountService>();
builder.Services.AddSingleton<CodeGenerator>();
builder.Services.AddSingleton<PasswordHasher>();
builder.Services.AddSingleton<FieldTokenService>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton<ConfirmationRenderer>();
builder.Services.AddSingleton<ReportExporter>();
builder.Services.AddSingleton<GpsTrackConverter>();
builder.Services.AddSingleton<GpxTrackParser>();
builder.Services.AddSingleton<TrackArchiveImporter>();
builder.Services.AddSingleton<RouteCatalog>();
builder.Services.AddSingleton<TeamDirectory>();
builder.Services.AddSingleton<PricingEngine>();
builder.Services.AddSingleton<CalloutBundleImporter>();
builder.Services.AddSingleton<MailSender>();

builder.Services.AddHttpClient<WeatherStationClient>();
builder.Services.AddHttpClient<WebhookNotifier>();
builder.Services.AddHttpClient<MapTileProxy>();
builder.Services.AddHttpClient<SmsGatewayClient>(client =>
{
    client.BaseAddress = new Uri("https://api.textmagpie.example/v1/");
    client.Timeout = TimeSpan.FromSeconds(10);
});

builder.Services.AddControllersWithViews();
builder.Services.AddFellsideCors(builder.Configuration);
builder.Services.AddFellsideAuthentication(builder.Configuration);
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("Warden", p => p.RequireRole("warden", "admin"));
    options.AddPolicy("TeamLeader", p => p.RequireRole("team-leader", "admin"));
});

builder.Host.UseWolverine(opts =>
{
    opts.LocalQueue("reports").MaximumParallelMessages(1);
    opts.LocalQueue("dispatch").Sequential();
    opts.PublishMessage<ReportRequested>().ToLocalQueue("reports");
    opts.PublishMessage<CalloutDispatched>().ToLocalQueue("dispatch");
    opts.PublishMessage<BookingConfirmed>().ToLocalQueue("default");
    opts.PublishMessage<SeasonClosed>().ToLocalQueue("default");
});
builder.Services.AddWolverineHttp();

builder.Host.UseOrleans(silo =>
{
    silo.UseLocalhostClustering();
    silo.AddMemoryGrainStorage("huts");
    silo.AddMemoryGrainStorage("callouts");
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors(CorsSetup.FieldAppPolicy);
app.UseAuthentication();
app.UseAuthorization();

app.MapControllerRoute(
    name: "default",
    pattern: "{controller=Huts}/{action=Index}/{id?}");

app.MapWolverineEndpoints();
app.MapAdminRoutes();
app.MapFieldRoutes();

app.Run();
