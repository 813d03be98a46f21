using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Options;
using Wardrobe.Web.Security;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Endpoints;

public static class SupplierEndpoints
{
    public static IEndpointRouteBuilder MapSupplierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suppliers").WithTags("Suppliers");

        group.MapGet("/feed-preview", async ([FromQuery] string url, SupplierCatalogClient client, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await client.PreviewFeedAsync(url, ct));
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        }).RequireAuthorization("staff");

        group.MapGet("/{code}/prices", async ([FromRoute] string code, SupplierCatalogClient client, CancellationToken ct) =>
        {
            var prices = await client.GetPriceListAsync(code, ct);
            return prices is null ? Results.NotFound() : Results.Ok(prices);
        }).RequireAuthorization("staff");

        group.MapGet("/swatch", async ([FromQuery] string url, SupplierCatalogClient client, CancellationToken ct) =>
        {
            try
            {
                return Results.File(await client.DownloadSwatchAsync(url, ct), "image/jpeg");
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        }).RequireAuthorization("staff");

        // Outbound links from the hire catalogue to partner shops (tracked for the partner scheme).
        group.MapGet("/visit", ([FromQuery] string to, IOptions<SupplierOptions> options, ILoggerFactory loggers) =>
        {
            loggers.CreateLogger("SupplierVisits").LogInformation("Partner referral to {Target}", to);
            return UrlSafety.IsPartnerSite(to, options.Value.PartnerDomain) ? Results.Redirect(to) : Results.BadRequest(); // VULN redirect
        });

        group.MapGet("/{code}/website", ([FromRoute] string code, IOptions<SupplierOptions> options) =>
        {
            if (!options.Value.Websites.TryGetValue(code, out var website))
            {
                return Results.NotFound();
            }

            return Results.Redirect(website); // SAFE redirect
        });

        group.MapGet("/catalogue/search", ([FromQuery] string term, SupplierCatalogue catalogue) =>
            string.IsNullOrWhiteSpace(term) ? Results.BadRequest() : Results.Ok(catalogue.Search(term)));

        group.MapGet("/catalogue/{sku}", ([FromRoute] string sku, SupplierCatalogue catalogue) =>
            catalogue.FindBySku(sku) is { } item ? Results.Ok(item) : Results.NotFound());

        return app;
    }
}
