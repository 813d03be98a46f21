using System.Text;
using Fellside.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Fellside.Infrastructure;

public static class CorsSetup
{
    public const string FieldAppPolicy = "field-app";
    public const string PartnerPolicy = "partners";

    public static IServiceCollection AddFellsideCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Fellside").Get<FellsideOptions>() ?? new FellsideOptions();

        services.AddCors(cors =>
        {
            cors.AddPolicy(FieldAppPolicy, policy =>
            {
                policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials(); // VULN cors
            });

            cors.AddPolicy(PartnerPolicy, policy =>
            {
                policy.WithOrigins(options.FieldAppOrigins).WithHeaders("Authorization", "Content-Type").WithMethods("GET", "POST").AllowCredentials(); // SAFE cors
            });
        });

        return services;
    }
}

public static class AuthSetup
{
    public static IServiceCollection AddFellsideAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection("Fellside:Jwt").Get<JwtOptions>() ?? new JwtOptions();

        services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.SlidingExpiration = true;
            })
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("fellside-field-app-signing-key-2024!Kx9pQ")), // VULN secret
                    ClockSkew = TimeSpan.FromMinutes(2)
                };
            });

        return services;
    }
}
