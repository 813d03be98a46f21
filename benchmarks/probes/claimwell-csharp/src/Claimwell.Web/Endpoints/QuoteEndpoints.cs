using Claimwell.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Endpoints;

public static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuoteEndpoints(this RouteGroupBuilder api)
    {
        var quotes = api.MapGroup("/products")
            .WithTags("Products")
            .AddEndpointFilter<DomainExceptionFilter>();

        quotes.MapGet("/", (ProductCatalog catalog) => Results.Ok(catalog.ListProductCodes()));
        quotes.MapGet("/{productCode}/coverage", (string productCode, QuoteService quotes) => Results.Ok(quotes.GetCoverage(productCode)));
        quotes.MapGet("/{productCode}/quote", GetQuote);

        return quotes;
    }

    private static IResult GetQuote(string productCode, [FromQuery] string region, [FromQuery] decimal sumInsured, QuoteService quotes)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return Results.BadRequest(new { error = "region is required." });
        }

        return Results.Ok(quotes.Quote(productCode, region.Trim().ToLowerInvariant(), sumInsured));
    }
}
