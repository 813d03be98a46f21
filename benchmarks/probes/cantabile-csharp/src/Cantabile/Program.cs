using Cantabile.Clients;
using Cantabile.Config;
using Cantabile.Data;
using Cantabile.Graph;
using Cantabile.Jobs;
using Cantabile.Messaging;
using Cantabile.Security;
using Cantabile.Services;
using Coravel;
using Dapper;
using GraphQL;
using LinqToDB;
using LinqToDB.AspNet;
using LinqToDB.AspNet.Logging;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RazorLight;
using Rebus.Config;
using Rebus.Transport.InMem;
using Refit;
using SqlKata.Execution;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

DefaultTypeMap.MatchNamesWithUnderscores = true;

builder.Services.Configure<CantabileOptions>(configuration.GetSection(CantabileOptions.Section));
builder.Services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
builder.Services.Configure<KioskTokenOptions>(configuration.GetSection(KioskTokenOptions.Section));

builder.Services.AddControllers().AddNewtonsoftJson();
builder.Services.AddEndpointsApiExplorer();

// --- CORS -----------------------------------------------------------------------------------
var portalOrigins = configuration.GetSection("Cors:PortalOrigins").Get<string[]>() ?? Array.Empty<string>();
builder.Services.AddCors(options =>
{
    options.AddPolicy("Portal", policy => policy.WithOrigins(portalOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()); // SAFE cors
    options.AddPolicy("EmbedWidgets", policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().WithMethods("GET").AllowCredentials()); // VULN cors
});

// --- Authentication -------------------------------------------------------------------------
builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = FestivalSigningKey.Issuer,
            ValidAudience = FestivalSigningKey.Audience,
            IssuerSigningKey = FestivalSigningKey.Create(),
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (string.IsNullOrEmpty(context.Token) && context.Request.Cookies.TryGetValue("cantabile_session", out var cookie))
                {
                    context.Token = cookie;
                }

                return Task.CompletedTask;
            },
        };
    })
    .AddJwtBearer("HallDisplay", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "cantabile-console",
            ValidateAudience = false,
            RequireSignedTokens = false,
            SignatureValidator = (token, _) => new JsonWebToken(token), // VULN jwt
        };
    });
builder.Services.AddAuthorization();

// --- Data -----------------------------------------------------------------------------------
builder.Services.AddScoped<QueryFactory>(QueryFactoryBuilder.Create);
builder.Services.AddLinqToDBContext<FestivalDb>((provider, options) => options
    .UsePostgreSQL(configuration.GetConnectionString("Festival")!)
    .UseDefaultLogging(provider));

builder.Services.AddMarten(options =>
{
    options.Connection(configuration.GetConnectionString("Documents")!);
    options.DatabaseSchemaName = "library";
    options.Schema.For<Cantabile.Domain.SheetMusicTitle>().Index(x => x.Composer).Index(x => x.Language);
}).UseLightweightSessions();

builder.Services.AddScoped<IRegistrationRepository, RegistrationRepository>();
builder.Services.AddScoped<IScoreRepository, ScoreRepository>();
builder.Services.AddScoped<ILibraryRepository, LibraryRepository>();
builder.Services.AddScoped<ICatalogueStore, CatalogueStore>();

// --- Templates ------------------------------------------------------------------------------
var templateRoot = Path.Combine(builder.Environment.ContentRootPath, configuration["Cantabile:TemplateRoot"] ?? "Templates");
builder.Services.AddSingleton<IRazorLightEngine>(_ => new RazorLightEngineBuilder()
    .UseFileSystemProject(templateRoot)
    .UseMemoryCachingProvider()
    .Build());
builder.Services.AddSingleton<TemplateComposer>();
builder.Services.AddSingleton<CertificateRenderer>();

// --- Domain services ------------------------------------------------------------------------
builder.Services.AddSingleton<AccessCodes>();
builder.Services.AddSingleton<IPasswordHasher, PasswordHasher>();
builder.Services.AddSingleton<ITokenService, TokenService>();
builder.Services.AddSingleton<AdjudicatorTokenReader>();
builder.Services.AddSingleton<OutboundUrlPolicy>();
builder.Services.AddSingleton<RecordingStore>();
builder.Services.AddSingleton<SheetMusicStorage>();
builder.Services.AddSingleton<MusicXmlImporter>();
builder.Services.AddSingleton<RepertoireCatalog>();
builder.Services.AddSingleton<AdjudicatorDirectory>();
builder.Services.AddSingleton<AudioTranscoder>();
builder.Services.AddSingleton<EngravingService>();
builder.Services.AddSingleton<ScoringFormulaEvaluator>();
builder.Services.AddSingleton<ScoreboardPage>();
builder.Services.AddSingleton<ProgrammeSnapshotService>();
builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
builder.Services.AddScoped<IRegistrationService, RegistrationService>();
builder.Services.AddScoped<IAdjudicationService, AdjudicationService>();
builder.Services.AddScoped<ILibraryService, LibraryService>();

// --- Outbound HTTP --------------------------------------------------------------------------
builder.Services.AddSingleton<MediaFetcher>();
builder.Services.AddSingleton<ChoirWebhookClient>();
builder.Services.AddSingleton<ScoreArchiveClient>();
builder.Services.AddSingleton<AccompanistGateway>();
builder.Services.AddScoped<RehearsalRoomPlanner>();
builder.Services
    .AddRefitClient<IVenueBookingApi>()
    .ConfigureHttpClient(client => client.BaseAddress = new Uri(configuration["VenueApi:BaseUrl"]!))
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }); // VULN tls

// --- Background work ------------------------------------------------------------------------
builder.Services.AddRebus(configure => configure
    .Transport(t => t.UseInMemoryTransport(new InMemNetwork(), "cantabile-work"))
    .Options(o => o.SetNumberOfWorkers(2)));
builder.Services.AutoRegisterHandlersFromAssemblyOf<RecordingSubmittedHandler>();

builder.Services.AddScheduler();
builder.Services.AddQueue();
builder.Services.AddTransient<TranscodeRecordingJob>();
builder.Services.AddTransient<OverdueLoanReminderJob>();

// --- GraphQL --------------------------------------------------------------------------------
builder.Services.AddGraphQL(graphql => graphql
    .AddSchema<FestivalSchema>()
    .AddSystemTextJson()
    .AddGraphTypes(typeof(FestivalSchema).Assembly)
    .AddErrorInfoProvider(opts => opts.ExposeExceptionDetails = builder.Environment.IsDevelopment()));

var app = builder.Build();

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("Portal");
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.UseGraphQL<FestivalSchema>("/graphql");

app.Services.UseScheduler(scheduler =>
{
    scheduler.Schedule<OverdueLoanReminderJob>().DailyAtHour(7).PreventOverlapping(nameof(OverdueLoanReminderJob));
});

app.Run();
