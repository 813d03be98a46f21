using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Oakharbor.Infrastructure;

public static class SecurityRegistration
{
    public const string TenantPortal = "tenant-portal";
    public const string PartnerApi = "partner-api";
    public const string HarbourStaffPolicy = "HarbourStaff";

    public static IServiceCollection AddOakharborSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var partnerOrigins = configuration.GetSection("Cors:PartnerOrigins").Get<string[]>() ?? Array.Empty<string>();

        services.AddCors(options =>
        {
            options.AddPolicy(TenantPortal, policy =>
            {
                policy.SetIsOriginAllowed(origin => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials(); // VULN cors
            });

            options.AddPolicy(PartnerApi, policy =>
            {
                policy.WithOrigins(partnerOrigins).AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials(); // SAFE cors
            });
        });

        var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Auth:SigningKey"] ?? throw new InvalidOperationException("Auth:SigningKey is not configured"))); // SAFE secret
        var validation = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = configuration["Auth:Issuer"],
            ValidateAudience = true,
            ValidAudience = configuration["Auth:Audience"],
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = signingKey,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1)
        };
        services.AddSingleton(validation);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.LoginPath = "/Account/Login";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.SlidingExpiration = true;
            })
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters = validation;
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        var accessToken = context.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(accessToken) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                        {
                            context.Token = accessToken;
                        }
                        return Task.CompletedTask;
                    }
                };
            });

        services.AddAuthorization(options =>
        {
            options.AddPolicy(HarbourStaffPolicy, policy => policy.RequireRole("harbour-master", "dockhand", "accounts"));
        });

        return services;
    }
}
