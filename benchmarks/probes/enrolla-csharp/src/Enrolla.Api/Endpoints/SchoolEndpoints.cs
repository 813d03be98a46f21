using Enrolla.Core.Models;
using Enrolla.Core.Services;
using Enrolla.Core.Util;
using Enrolla.Data.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Enrolla.Api.Endpoints;

public static class SchoolEndpoints
{
    public static void MapSchoolEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/schools").RequireCors("SchoolWidgets");

        api.MapGet("/", async ([FromQuery] string? name, [FromQuery] SchoolPhase? phase, [FromQuery] string? la, SchoolRepository schools) =>
        {
            var filter = new SchoolSearchFilter(name?.Trim(), phase, la);
            return Results.Ok(await schools.SearchAsync(filter));
        });

        app.MapGet("/api/authorities/{la}/schools", async ([FromRoute] string la, SchoolRepository schools) =>
            Results.Ok(await schools.ByAuthorityAsync(la)));

        api.MapGet("/{schoolId:int}/comparable-places", async ([FromRoute] int schoolId, SchoolRepository schools) =>
            Results.Ok(new { schoolId, places = await schools.ComparablePlacesAsync(schoolId) }));

        api.MapGet("/{urn}/boundary", async ([FromRoute] string urn, [FromQuery] string provider, [FromQuery] string postcode,
            CatchmentService catchment, CancellationToken ct) =>
        {
            if (!InputRules.IsUrn(urn))
                return Results.BadRequest("Unknown school reference.");
            var result = await catchment.CheckBoundaryAsync(provider, urn, postcode, ct);
            return result is null ? Results.StatusCode(StatusCodes.Status502BadGateway) : Results.Ok(result);
        });

        api.MapGet("/{urn}/priority-districts", ([FromRoute] string urn, [FromQuery] string? district, CatchmentRulesService rules) =>
        {
            if (!InputRules.IsUrn(urn))
                return Results.BadRequest();
            return district is null
                ? Results.Ok(rules.PriorityDistricts(urn))
                : Results.Ok(new { urn, district, priority = rules.IsPriorityDistrict(urn, district) });
        });

        app.MapPost("/api/catchment/tiles", async ([FromBody] MapTileRequest request, CatchmentService catchment, CancellationToken ct) =>
            Results.File(await catchment.FetchMapTileAsync(request, ct), "image/png"));

        app.MapGet("/api/authorities/{laCode:int}/allocation", async ([FromRoute] int laCode, CatchmentService catchment, CancellationToken ct) =>
        {
            var json = await catchment.GetLaAllocationAsync(laCode.ToString(), ct);
            return json is null ? Results.NotFound() : Results.Text(json, "application/json");
        }).RequireAuthorization("Caseworker");
    }
}
