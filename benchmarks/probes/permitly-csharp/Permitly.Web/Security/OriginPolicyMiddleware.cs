using Microsoft.Extensions.Options;
using Permitly.Web.Config;

namespace Permitly.Web.Security;

/// <summary>
/// The embeddable plan viewer (/embed/*) is framed by the contractor and plan-review portals with
/// cookies, so it answers CORS itself instead of going through the MVC policies.
/// </summary>
public sealed class OriginPolicyMiddleware(RequestDelegate next, IOptions<PermitlyOptions> options)
{
    private readonly HashSet<string> _portalOrigins = new(options.Value.Cors.PortalOrigins, StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/embed"))
            return next(context);

        var origin = context.Request.Headers.Origin.ToString();
        if (_portalOrigins.Contains(origin))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin; // SAFE cors
            context.Response.Headers.AccessControlAllowCredentials = "true";
            context.Response.Headers.Vary = "Origin";
        }

        if (!HttpMethods.IsOptions(context.Request.Method))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
