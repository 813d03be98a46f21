using Enrolla.Core.Abstractions;
using Enrolla.Core.Models;
using Enrolla.Core.Security;
using Enrolla.Core.Services;
using Microsoft.AspNetCore.Mvc;

namespace Enrolla.Api.Endpoints;

public static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/appeals").RequireAuthorization("Caseworker");

        staff.MapPost("/query", async ([FromBody] AppealSearchRequest request, IAppealRepository appeals, CancellationToken ct) =>
            Results.Ok(await appeals.QueryAsync(request.FilterJson, ct)));

        staff.MapGet("/search", async ([FromQuery] string q, AppealService appeals, CancellationToken ct) =>
            Results.Ok(await appeals.SearchGroundsAsync(q, ct)));

        app.MapGet("/api/schools/{schoolId:int}/appeals", async ([FromRoute] int schoolId, [FromQuery] string? status,
            AppealService appeals, CancellationToken ct) =>
            Results.Ok(await appeals.ForSchoolAsync(schoolId, status ?? "Lodged", ct)))
            .RequireAuthorization("Caseworker");

        var guardians = app.MapGroup("/api/guardian/appeals").RequireCors("ParentPortal");

        guardians.MapPost("/drafts", async ([FromBody] AppealDraftUpload upload, PreferencesCodec codec, IAppealRepository appeals, CancellationToken ct) =>
        {
            var draft = codec.ImportDraft(upload.DraftJson);
            if (draft is null || string.IsNullOrWhiteSpace(draft.Grounds))
                return Results.BadRequest("Grounds for appeal are required.");
            var appeal = new AppealDocument { Id = Guid.NewGuid().ToString("N"), ApplicantId = draft.ApplicantId, SchoolId = draft.SchoolId,
                Grounds = draft.Grounds, LodgedAt = DateTime.UtcNow, EvidenceFiles = draft.Attachments.Select(Path.GetFileName).OfType<string>().ToList() };
            await appeals.InsertAsync(appeal, ct);
            return Results.Ok(new { appealId = appeal.Id });
        });

        staff.MapPost("/invites", ([FromQuery] Guid applicantId, [FromQuery] string email, TokenService tokens) =>
            Results.Ok(new { token = tokens.IssueGuardianInvite(applicantId, email) }));

        guardians.MapGet("/invite", ([FromQuery] string token, TokenService tokens) =>
        {
            var invite = tokens.ReadGuardianInvite(token);
            return invite is null
                ? Results.Unauthorized()
                : Results.Ok(new { invite.ApplicantId, invite.Email, invite.ExpiresAt });
        });
    }
}
