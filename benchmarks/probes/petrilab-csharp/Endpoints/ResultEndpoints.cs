using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/results").WithTags("Results").RequireAuthorization("LabStaff");

        results.MapPost("/{sampleId:int}/release", async (int sampleId, ReleaseRequest request, ResultService service, CancellationToken ct) =>
            await service.ReleaseAsync(sampleId, request, ct)
                ? Results.Accepted()
                : Results.Conflict(new { error = "Sample not found or already released" }));

        results.MapGet("/{sampleId:int}/attachments", (int sampleId, [FromQuery(Name = "file")] string fileName, ClaimsPrincipal user, DocumentStore documents) =>
        {
            var clinicCode = user.FindFirstValue("clinic_code") ?? "LAB";
            var stream = documents.OpenClinicAttachment(clinicCode, sampleId, fileName);
            return Results.Stream(stream, "application/octet-stream", Path.GetFileName(fileName));
        });

        results.MapGet("/exports/{fileName}", (string fileName, DocumentStore documents) =>
        {
            try
            {
                return Results.File(documents.OpenExport(fileName), "application/zip", fileName);
            }
            catch (UnauthorizedAccessException)
            {
                return Results.Forbid();
            }
        });

        var panels = app.MapGroup("/api/panels").WithTags("Panels").RequireAuthorization("LabStaff");

        panels.MapPost("/{code}/range-preview", async (string code, RangePreviewRequest request, PanelService panelService, CancellationToken ct) =>
        {
            var (low, high) = await panelService.PreviewCustomRangeAsync(code, request, ct);
            return Results.Ok(new { code, low, high });
        });

        panels.MapGet("/{code}/reference", async (string code, double weightKg, int ageMonths, PanelService panelService, CancellationToken ct) =>
        {
            try
            {
                var value = await panelService.EvaluateStandardRangeAsync(code, new PatientContext(weightKg, ageMonths), ct);
                return Results.Ok(new { code, value });
            }
            catch (FormatException ex)
            {
                return Results.UnprocessableEntity(new { error = ex.Message });
            }
        });

        panels.MapPost("/import/legacy", async (HttpRequest request, PanelService panelService, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var json = await reader.ReadToEndAsync(ct);
            return Results.Ok(new { imported = await panelService.ImportLegacyExportAsync(json, ct) });
        });

        panels.MapPost("/import/contract", async (HttpRequest request, PanelService panelService, CancellationToken ct) =>
        {
            var panel = await panelService.ImportContractAsync(request.Body, ct);
            return Results.Created($"/api/panels/{panel.Code}", new { panel.Code, panel.Name });
        });

        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();

        reports.MapGet("/download", ([FromQuery] string name, DocumentStore documents) =>
        {
            if (name.Contains("..", StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
            {
                return Results.BadRequest(new { error = "Invalid report name" });
            }

            return Results.File(documents.OpenReportFile(name), "application/pdf", "report.pdf");
        });

        reports.MapGet("/{sampleId:int}/cover-letter", async (int sampleId, ReportRenderService renderer, CancellationToken ct) =>
            Results.Ok(new { sampleId, html = await renderer.RenderCoverLetterAsync(sampleId, ct) }));

        reports.MapGet("/{sampleId:int}/cover-letter/{layout}", async (int sampleId, string layout, ReportRenderService renderer, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(new { sampleId, layout, html = await renderer.RenderBuiltInAsync(sampleId, layout, ct) });
            }
            catch (ArgumentOutOfRangeException)
            {
                return Results.NotFound();
            }
        });
    }
}
