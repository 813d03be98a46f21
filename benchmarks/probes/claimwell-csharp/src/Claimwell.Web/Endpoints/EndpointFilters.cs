using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Endpoints;

/// <summary>Runs DataAnnotations validation on the first argument of type <typeparamref name="T"/>.</summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return Results.BadRequest(new { error = $"A {typeof(T).Name} body is required." });
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true))
        {
            var errors = results
                .SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty), (r, member) => (member, r.ErrorMessage ?? "Invalid value."))
                .GroupBy(x => x.member)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Item2).ToArray());
            return Results.ValidationProblem(errors);
        }

        return await next(context);
    }
}

/// <summary>Maps domain exceptions thrown by services to HTTP problem responses.</summary>
public sealed class DomainExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (UnauthorizedAccessException)
        {
            return Results.Problem("Access to the requested resource is not permitted.", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}

/// <summary>Authenticates partner systems with a per-partner API key in the X-Partner-Key header.</summary>
public sealed class PartnerApiKeyFilter : IEndpointFilter
{
    private readonly PartnerOptions _options;

    public PartnerApiKeyFilter(IOptions<PartnerOptions> options)
    {
        _options = options.Value;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var partner = http.GetRouteValue("partnerCode") as string;
        var presented = http.Request.Headers["X-Partner-Key"].ToString();

        if (partner is null || !_options.ApiKeys.TryGetValue(partner, out var expected) || string.IsNullOrEmpty(presented)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Unauthorized();
        }

        return await next(context);
    }
}
