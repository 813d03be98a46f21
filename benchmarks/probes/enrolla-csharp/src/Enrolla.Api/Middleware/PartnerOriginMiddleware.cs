namespace Enrolla.Api.Middleware;

public sealed class PartnerOriginMiddleware(RequestDelegate next, IConfiguration config)
{
    private readonly HashSet<string> _partnerOrigins =
        new(config.GetSection("Cors:PartnerOrigins").Get<string[]>() ?? [], StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/partner") && context.Request.Headers.Origin is { Count: 1 } origin)
        {
            if (_partnerOrigins.Contains(origin.ToString()))
            {
                context.Response.Headers.AccessControlAllowOrigin = origin.ToString(); // SAFE cors
                context.Response.Headers.AccessControlAllowCredentials = "true";
                context.Response.Headers.Vary = "Origin";
            }
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
        }
        await next(context);
    }
}
