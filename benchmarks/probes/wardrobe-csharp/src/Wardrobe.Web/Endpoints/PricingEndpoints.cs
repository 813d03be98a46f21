using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Endpoints;

public static class PricingEndpoints
{
    public static IEndpointRouteBuilder MapPricingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/pricing").WithTags("Pricing");

        group.MapPost("/preview", async ([FromBody] PricingPreviewRequest request, PricingRuleEvaluator evaluator, CancellationToken ct) =>
        {
            var globals = new PricingGlobals
            {
                DailyRate = request.DailyRate,
                Days = Math.Max(1, request.Days),
                Quantity = Math.Max(1, request.Quantity),
                IsMemberCompany = request.IsMemberCompany,
            };

            var total = await evaluator.PreviewAsync(request.Formula, globals, ct);
            return Results.Ok(new { formula = request.Formula, total });
        }).RequireAuthorization("staff");

        group.MapPost("/quick-quote", ([FromBody] QuickQuoteRequest request, PricingRuleEvaluator evaluator) =>
        {
            try
            {
                return Results.Ok(new { total = evaluator.QuickQuote(request.Expression) });
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        return app;
    }
}
