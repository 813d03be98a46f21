using System.Security.Claims;
using System.Text.Encodings.Web;
using Fellside.Dtos;
using Fellside.Messages;
using Fellside.Repositories;
using Fellside.Services;
using Wolverine;

namespace Fellside.Endpoints;

public static class AdminRoutes
{
    public static IEndpointRouteBuilder MapAdminRoutes(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization("Warden").WithTags("Admin");

        admin.MapGet("/welcome", (string? name, ClaimsPrincipal user) =>
        {
            var display = string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "warden" : name;
            return Results.Content($"<section class=\"welcome\"><h2>Welcome back, {display}</h2></section>", "text/html"); // VULN xss
        });

        admin.MapGet("/huts/{slug}/banner", async (string slug, string? message, HutRepository huts, CancellationToken ct) =>
        {
            var hut = await huts.GetBySlugAsync(slug, ct);
            if (hut is null)
            {
                return Results.NotFound();
            }

            var text = HtmlEncoder.Default.Encode(message ?? $"{hut.Name} is open");
            return Results.Content($"<div class=\"banner\">{text}</div>", "text/html"); // SAFE xss
        });

        var huts = admin.MapGroup("/huts/{slug}");

        huts.MapPut("/pricing-rule", async (string slug, PricingRuleUpdate update, HutRepository repo, CancellationToken ct) =>
        {
            await repo.SetPricingRuleAsync(slug, update.Rule, ct);
            return Results.NoContent();
        });

        huts.MapPut("/confirmation-template", async (string slug, ConfirmationTemplateUpdate update, HutRepository repo, CancellationToken ct) =>
        {
            if (update.Template.Length > 20_000)
            {
                return Results.BadRequest(new { error = "Template too long." });
            }

            await repo.SetConfirmationTemplateAsync(slug, update.Template, ct);
            return Results.NoContent();
        });

        admin.MapPost("/huts/{hutId:int}/close-season", async (int hutId, ClaimsPrincipal user, IMessageBus bus) =>
        {
            await bus.PublishAsync(new SeasonClosed(hutId, user.Identity?.Name ?? "unknown"));
            return Results.Accepted();
        });

        var directory = admin.MapGroup("/directory");

        directory.MapGet("/search", (string name, string team, TeamDirectory dir) =>
            Results.Ok(dir.SearchByName(name, team)));

        directory.MapGet("/{callsign}", (string callsign, TeamDirectory dir) =>
            dir.FindByCallsign(callsign) is { } entry ? Results.Ok(entry) : Results.NotFound());

        var routes = admin.MapGroup("/routes");

        routes.MapGet("/", (string name, RouteCatalog catalog) => Results.Ok(catalog.FindByName(name)));

        routes.MapGet("/{routeId:int}", (int routeId, RouteCatalog catalog) =>
            catalog.FindById(routeId) is { } route ? Results.Ok(route) : Results.NotFound());

        admin.MapDelete("/documents", (string folder, string fileName, DocumentStore store) =>
        {
            try
            {
                store.DeleteDocument(folder, fileName);
                return Results.NoContent();
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }
        });

        return app;
    }
}
