using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Returnly.Config;

public sealed record StaffSigningKey(SymmetricSecurityKey Key);

public static class AuthSetup
{
    public const string PartnerScheme = "Partner";

    public static IServiceCollection AddReturnlyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection($"{ReturnlyOptions.Section}:Jwt").Get<JwtOptions>() ?? new JwtOptions();
        var rawKey = Environment.GetEnvironmentVariable(jwt.SigningKeyEnvVar)
            ?? throw new InvalidOperationException($"Environment variable {jwt.SigningKeyEnvVar} is not set");
        var staffKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(rawKey)); // SAFE secret
        services.AddSingleton(new StaffSigningKey(staffKey));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = staffKey,
                ValidateIssuerSigningKey = true,
                ClockSkew = TimeSpan.FromMinutes(1),
            })
            // carrier partners still on the 2019 integration kit
            .AddJwtBearer(PartnerScheme, o => o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.PartnerIssuer,
                ValidateAudience = false,
                ValidateIssuerSigningKey = false, RequireSignedTokens = false, // VULN jwt
            });

        services.AddAuthorization(o =>
        {
            o.AddPolicy("Staff", p => p.RequireAuthenticatedUser().RequireClaim("role", "staff", "supervisor"));
            o.AddPolicy("Supervisor", p => p.RequireAuthenticatedUser().RequireClaim("role", "supervisor"));
            o.AddPolicy("Partner", p => p.AddAuthenticationSchemes(PartnerScheme).RequireClaim("carrier"));
        });
        return services;
    }
}
