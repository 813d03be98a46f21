using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Rollcall.Web.Config;

public static class AuthSetup
{
    public const string PortalScheme = "GuardianPortal";
    public const string StaffCookieScheme = "StaffCookie";
    public const string StaffOrBearerScheme = "StaffOrBearer";

    public const string StaffPolicy = "Staff";
    public const string RegistrarPolicy = "Registrar";
    public const string AdminPolicy = "DistrictAdmin";
    public const string GuardianPolicy = "Guardian";

    public static IServiceCollection AddRollcallAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            throw new InvalidOperationException("Jwt:SigningKey must be supplied through the environment (Jwt__SigningKey).");
        }

        var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)); // SAFE secret

        services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = StaffOrBearerScheme;
                options.DefaultChallengeScheme = StaffOrBearerScheme;
            })
            .AddPolicyScheme(StaffOrBearerScheme, "Staff cookie or bearer token", options =>
            {
                options.ForwardDefaultSelector = context =>
                {
                    var authorization = context.Request.Headers.Authorization.ToString();
                    if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        || context.Request.Path.StartsWithSegments("/hubs"))
                    {
                        return JwtBearerDefaults.AuthenticationScheme;
                    }

                    return StaffCookieScheme;
                };
            })
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = signingKey,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                };
                options.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on WebSocket requests, so SignalR passes the token in the query.
                    OnMessageReceived = context =>
                    {
                        var accessToken = context.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(accessToken) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                        {
                            context.Token = accessToken;
                        }

                        return Task.CompletedTask;
                    },
                };
            })
            .AddCookie(StaffCookieScheme, options =>
            {
                options.LoginPath = "/account/sso/start";
                options.Cookie.Name = "rollcall.staff";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            })
            .AddCookie(PortalScheme, options =>
            {
                options.LoginPath = "/Portal/Login";
                options.AccessDeniedPath = "/Portal/Login";
                options.Cookie.Name = "rollcall.portal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                // School websites embed the portal widgets, so the cookie has to travel cross-site.
                options.Cookie.SameSite = SameSiteMode.None;
                options.ExpireTimeSpan = TimeSpan.FromHours(2);
            });

        services.AddAuthorization(options =>
        {
            options.AddPolicy(StaffPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim("role", "teacher", "registrar", "transport", "admin"));
            options.AddPolicy(RegistrarPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim("role", "registrar", "admin"));
            options.AddPolicy(AdminPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim("role", "admin"));
            options.AddPolicy(GuardianPolicy, policy => policy
                .AddAuthenticationSchemes(PortalScheme)
                .RequireAuthenticatedUser()
                .RequireClaim("gid"));
        });

        return services;
    }
}
