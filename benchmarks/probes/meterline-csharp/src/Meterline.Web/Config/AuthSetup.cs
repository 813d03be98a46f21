using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Meterline.Config;

public static class AuthSetup
{
    public static IServiceCollection AddMeterlineAuthentication(this IServiceCollection services)
    {
        var signingKey = Environment.GetEnvironmentVariable("METERLINE_JWT_KEY")
            ?? throw new InvalidOperationException("METERLINE_JWT_KEY is not configured.");

        var validation = new TokenValidationParameters
        {
            ValidIssuer = "https://id.meterline.gov",
            ValidAudience = "meterline-api",
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), // SAFE secret
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromMinutes(2)
        };
        services.AddSingleton(validation);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "ml_portal";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.None;
                options.LoginPath = "/login";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            })
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options => options.TokenValidationParameters = validation);
        return services;
    }
}
