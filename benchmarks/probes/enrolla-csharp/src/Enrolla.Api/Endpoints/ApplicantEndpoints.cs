using System.Text.Encodings.Web;
using Enrolla.Core.Util;
using Enrolla.Data.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Enrolla.Api.Endpoints;

public static class ApplicantEndpoints
{
    private static readonly char[] ForbiddenAuthorityChars = [';', '\\'];

    public static void MapApplicantEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/applicants").RequireCors("ParentPortal");

        api.MapGet("/search", async ([FromQuery] string surname, ApplicantRepository applicants, CancellationToken ct) =>
            Results.Ok(await applicants.SearchBySurnameAsync(surname.Trim(), ct)))
            .RequireAuthorization("Caseworker");

        api.MapGet("/by-postcode/{postcode}", async ([FromRoute] string postcode, ApplicantRepository applicants, CancellationToken ct) =>
            Results.Ok(await applicants.FindByPostcodeAsync(InputRules.NormalisePostcode(postcode), ct)))
            .RequireAuthorization("Caseworker");

        app.MapGet("/api/schools/{schoolId:int}/applicants", async ([FromRoute] int schoolId, [FromQuery] string? sort,
            ApplicantRepository applicants, CancellationToken ct) =>
            Results.Ok(await applicants.ListForSchoolAsync(schoolId, sort, ct)))
            .RequireAuthorization("Caseworker");

        app.MapGet("/api/authorities/{la}/applicant-count", async ([FromRoute] string la, ApplicantRepository applicants, CancellationToken ct) =>
        {
            if (la.IndexOfAny(ForbiddenAuthorityChars) >= 0 || la.Contains("--"))
                return Results.BadRequest("Invalid local authority name.");
            return Results.Ok(new { localAuthority = la, count = await applicants.CountByAuthorityAsync(la, ct) });
        }).RequireAuthorization("Caseworker");

        app.MapGet("/apply/confirmation", ([FromQuery] string child, [FromQuery(Name = "ref")] string reference) =>
            Results.Content(HtmlSnippets.ApplicationReceived(child, reference), "text/html")); // VULN xss

        app.MapGet("/apply/receipt/{id:guid}", async ([FromRoute] Guid id, [FromQuery] string? note, ApplicantRepository applicants, CancellationToken ct) =>
        {
            var applicant = await applicants.GetAsync(id, ct);
            if (applicant is null)
                return Results.NotFound();
            var encoder = HtmlEncoder.Default;
            var body = $"<h1>Receipt</h1><p>{encoder.Encode(applicant.FirstName)} {encoder.Encode(applicant.LastName)}</p><p class=\"note\">{encoder.Encode(note ?? "")}</p>";
            return Results.Content(HtmlSnippets.Page(body), "text/html"); // SAFE xss
        });
    }
}
