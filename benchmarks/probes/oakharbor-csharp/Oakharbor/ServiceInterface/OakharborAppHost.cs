using System.Security.Claims;
using Funq;
using ServiceStack;
using ServiceStack.Web;

namespace Oakharbor.ServiceInterface;

public class OakharborAppHost : AppHostBase
{
    public OakharborAppHost()
        : base("Oakharbor Berth & Maintenance API", typeof(BerthBookingServices).Assembly)
    {
    }

    public override void Configure(Container container)
    {
        SetConfig(new HostConfig
        {
            HandlerFactoryPath = "api",
            DefaultRedirectPath = "/",
            DebugMode = AppSettings.Get("DebugMode", false),
            UseCamelCase = true
        });

        Plugins.Add(new CorsFeature(
            allowOriginWhitelist: new[] { "https://partners.oakharbor.com", "https://portal.oakharbor.com" },
            allowCredentials: true,
            allowedHeaders: "Content-Type, Authorization, X-Broker-Id"));
    }
}

internal static class RequestExtensions
{
    public static ClaimsPrincipal Principal(this IRequest request)
    {
        return (request.OriginalRequest as HttpRequest)?.HttpContext.User ?? new ClaimsPrincipal(new ClaimsIdentity());
    }

    public static string TenantAccount(this IRequest request)
    {
        return request.Principal().FindFirst("mooring_account")?.Value
               ?? throw HttpError.Forbidden("This endpoint is only available to berth holders.");
    }

    public static string StaffUser(this IRequest request)
    {
        var user = request.Principal();
        if (!user.IsInRole("harbour-master") && !user.IsInRole("dockhand") && !user.IsInRole("accounts"))
        {
            throw HttpError.Forbidden("Harbour staff only.");
        }
        return user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "staff";
    }
}
