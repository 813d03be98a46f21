using Larderline.Contracts;
using Larderline.Services;
using Newtonsoft.Json;

namespace Larderline.Endpoints;

public static class PackingEndpoints
{
    public static IEndpointRouteBuilder MapPackingApi(this IEndpointRouteBuilder app)
    {
        var packing = app.MapGroup("/api/packing").RequireAuthorization("PartnerPortal").RequireCors("partner-portal").WithTags("Packing");

        packing.MapPost("/partners/{partnerId:int}/rules", async (int partnerId, PackingRuleRequest request, PackingPlanService plans, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Expression) || string.IsNullOrWhiteSpace(request.AddItem))
            {
                return Results.BadRequest(new { error = "A rule needs a condition and an item to add." });
            }
            var rule = await plans.AddRuleAsync(partnerId, request, ct);
            return Results.Created($"/api/packing/partners/{partnerId}/rules/{rule.Id}", new { rule.Id });
        });

        packing.MapPost("/partners/{partnerId:int}/rules/preview", async (int partnerId, HouseholdFacts facts, PackingPlanService plans, CancellationToken ct) =>
            Results.Ok(await plans.PreviewRulesAsync(partnerId, facts, ct)));

        packing.MapPut("/partners/{partnerId:int}/drafts", async (int partnerId, HttpRequest request, PackingPlanService plans, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var payload = await reader.ReadToEndAsync(ct);
            if (payload.Length is 0 or > 512 * 1024)
            {
                return Results.BadRequest();
            }
            var draftId = await plans.SubmitDraftAsync(partnerId, payload, request.HttpContext.User.Identity?.Name ?? "partner", ct);
            return Results.Accepted($"/api/packing/drafts/{draftId}", new { draftId });
        });

        packing.MapPost("/templates/validate", async (HttpRequest request, PackingPlanService plans, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var json = await reader.ReadToEndAsync(ct);
            try
            {
                var plan = plans.ImportTemplate(json);
                return plan is null ? Results.BadRequest() : Results.Ok(new { plan.Week, lines = plan.Lines.Count });
            }
            catch (JsonException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        packing.MapGet("/target-weight", async (decimal baseKg, int householdSize, PackingPlanService plans, CancellationToken ct) =>
            householdSize is < 1 or > 20
                ? Results.BadRequest()
                : Results.Ok(new { kg = await plans.TargetWeightAsync(baseKg, householdSize, ct) }));

        return app;
    }
}
