using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Endpoints;

public static class LabelEndpoints
{
    public static IEndpointRouteBuilder MapLabelEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/labels")
            .RequireAuthorization("staff")
            .WithTags("Labels");

        group.MapPost("/print", async ([FromBody] PrintLabelRequest request, CostumeRepository costumes, LabelPrinter printer, CancellationToken ct) =>
        {
            var costume = await costumes.GetAsync(request.CostumeId, ct);
            if (costume is null)
            {
                return Results.NotFound();
            }

            var job = await printer.PrintAsync(request, costume, ct);
            return Results.Ok(new { job, printer = request.Printer });
        });

        group.MapPost("/print-batch", async ([FromBody] PrintBatchRequest request, CostumeRepository costumes, LabelPrinter printer, CancellationToken ct) =>
        {
            var ids = request.CostumeIds.Distinct().Take(100).ToList();
            var found = await costumes.GetManyAsync(ids, ct);
            var printed = await printer.PrintBatchAsync(request.Printer, found, ct);
            return Results.Ok(new { printed, missing = ids.Except(found.Select(c => c.Id)) });
        });

        return app;
    }
}
