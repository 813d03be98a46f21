namespace Rollcall.Web.Config;

public static class CorsSetup
{
    public const string PortalPolicy = "guardian-portal";

    private const string DistrictDomain = "rollcall-district.org";

    public static IServiceCollection AddRollcallCors(this IServiceCollection services, IConfiguration configuration)
    {
        var staffOrigins = configuration.GetSection("Cors:StaffOrigins").Get<string[]>() ?? Array.Empty<string>();

        services.AddCors(options =>
        {
            // Staff apps and the admin console.
            options.AddDefaultPolicy(policy =>
            {
                policy.WithOrigins(staffOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials(); // SAFE cors
            });

            // Each school runs its own portal front end under the district domain.
            options.AddPolicy(PortalPolicy, policy =>
            {
                policy.SetIsOriginAllowed(IsDistrictOrigin).AllowAnyHeader().AllowAnyMethod().AllowCredentials(); // VULN cors
            });
        });

        return services;
    }

    private static bool IsDistrictOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.EndsWith(DistrictDomain, StringComparison.OrdinalIgnoreCase);
}
