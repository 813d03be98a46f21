using Enrolla.Core.Abstractions;
using Enrolla.Core.Configuration;
using Enrolla.Core.Models;
using Enrolla.Core.Services;
using Enrolla.Data.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Enrolla.Api.Endpoints;

public static class LetterEndpoints
{
    public static void MapLetterEndpoints(this IEndpointRouteBuilder app)
    {
        var letters = app.MapGroup("/api/letters").RequireAuthorization("Caseworker");

        letters.MapPost("/preview", async ([FromBody] LetterPreviewRequest request, IOfferRepository offers, ApplicantRepository applicants,
            LetterTemplateService templates, IOptions<EnrollaOptions> options, CancellationToken ct) =>
        {
            var model = await BuildModelAsync(request.OfferId, offers, applicants, options.Value, ct);
            return model is null ? Results.NotFound() : Results.Ok(new { body = templates.RenderDraft(request.Template, model) });
        });

        letters.MapGet("/{offerId:guid}/{kind}", async ([FromRoute] Guid offerId, [FromRoute] string kind, IOfferRepository offers,
            ApplicantRepository applicants, LetterTemplateService templates, IOptions<EnrollaOptions> options, CancellationToken ct) =>
        {
            var model = await BuildModelAsync(offerId, offers, applicants, options.Value, ct);
            return model is null ? Results.NotFound() : Results.Ok(new { body = await templates.RenderStandardAsync(kind, model, ct) });
        });

        var ranking = app.MapGroup("/api/ranking").RequireAuthorization("Caseworker");

        ranking.MapPost("/score", async ([FromBody] RankingRequest request, RankingFormulaService formulas, CancellationToken ct) =>
            Results.Ok(new { request.SchoolId, score = await formulas.ScoreCustomAsync(request.Formula, request.Inputs, ct) }));

        ranking.MapGet("/presets/{preset}/score", async ([FromRoute] string preset, [FromQuery] double distanceKm, [FromQuery] bool sibling,
            [FromQuery] bool lookedAfter, [FromQuery] int rank, RankingFormulaService formulas, CancellationToken ct) =>
            Results.Ok(new { preset, score = await formulas.ScorePresetAsync(preset, new RankingInputs(distanceKm, sibling, lookedAfter, rank), ct) }));
    }

    private static async Task<LetterModel?> BuildModelAsync(Guid offerId, IOfferRepository offers, ApplicantRepository applicants,
        EnrollaOptions options, CancellationToken ct)
    {
        var offer = await offers.GetAsync(offerId, ct);
        if (offer is null)
            return null;
        var applicant = await applicants.GetAsync(offer.ApplicantId, ct);
        return applicant is null
            ? null
            : new LetterModel($"{applicant.FirstName} {applicant.LastName}", $"School {offer.SchoolId}", options.AcademicYear, offer.IssuedAt.AddDays(14));
    }
}
