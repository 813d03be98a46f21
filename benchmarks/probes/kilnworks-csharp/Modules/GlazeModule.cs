using System.Text.Encodings.Web;
using Carter;
using Kilnworks.Contracts;
using Kilnworks.Services;

namespace Kilnworks.Modules;

public sealed class GlazeModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var glazes = app.MapGroup("/api/glazes").RequireAuthorization().WithTags("Glazes");

        glazes.MapGet("/", async ([AsParameters] GlazeSearchQuery query, HttpContext http, GlazeService service, CancellationToken ct) =>
            Results.Ok(await service.SearchAsync(query, http.User.MemberId(), ct)));

        glazes.MapGet("/{id:int}", async (int id, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            var recipe = await service.GetVisibleAsync(id, http.User.MemberId(), ct);
            return recipe is null ? Results.NotFound() : Results.Ok(recipe);
        });

        glazes.MapPost("/", async (SaveGlazeRequest request, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(request, http.User.MemberId(), ct);
            return Results.Created($"/api/glazes/{id}", new { id });
        });

        glazes.MapPut("/{id:int}", async (int id, SaveGlazeRequest request, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(id, request, http.User.MemberId(), ct);
            return Results.NoContent();
        });

        glazes.MapPost("/{id:int}/photo-import", async (int id, ImportGlazePhotoRequest request, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            try
            {
                var file = await service.ImportPhotoAsync(request with { RecipeId = id }, http.User.MemberId(), ct);
                return Results.Ok(new { file });
            }
            catch (UnauthorizedAccessException)
            {
                return Results.Forbid();
            }
        });

        glazes.MapGet("/{id:int}/expansion", async (int id, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            var recipe = await service.GetVisibleAsync(id, http.User.MemberId(), ct);
            if (recipe is null)
            {
                return Results.NotFound();
            }
            var coe = await service.ThermalExpansionAsync(recipe, ct);
            return Results.Ok(new { recipe.Id, coe });
        });

        glazes.MapPost("/batch-calc", async (ExpansionRequest request, GlazeService service, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(new { result = await service.BatchCalculatorAsync(request, ct) });
            }
            catch (FormatException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        glazes.MapPost("/supplier-lookup", async (SupplierLookupRequest request, GlazeService service, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await service.SupplierLookupAsync(request, ct));
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        glazes.MapPost("/{id:int}/labels", async (int id, int? copies, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            await service.RequestLabelsAsync(id, http.User.MemberId(), copies ?? 1, ct);
            return Results.Accepted();
        });

        glazes.MapGet("/{id:int}/badge", async (int id, string? caption, HttpContext http, GlazeService service, CancellationToken ct) =>
        {
            var recipe = await service.GetVisibleAsync(id, http.User.MemberId(), ct);
            if (recipe is null)
            {
                return Results.NotFound();
            }
            var label = HtmlEncoder.Default.Encode(caption ?? recipe.Name);
            return Results.Content($"<span class=\"glaze-badge cone-{recipe.Id}\">{label}</span>", "text/html"); // SAFE xss
        });
    }
}
