using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Claimwell.Web.Endpoints;

public static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaimEndpoints(this RouteGroupBuilder api)
    {
        var claims = api.MapGroup("/claims")
            .WithTags("Claims")
            .AddEndpointFilter<DomainExceptionFilter>();

        claims.MapGet("/", SearchAsync);
        claims.MapGet("/{id:guid}", GetAsync);
        claims.MapGet("/by-policy/{policyNumber}", ByPolicyAsync);
        claims.MapPost("/", SubmitAsync).AddEndpointFilter<ValidationFilter<ClaimIntakeRequest>>();
        claims.MapPost("/{id:guid}/notes", AddNoteAsync).AddEndpointFilter<ValidationFilter<AddNoteRequest>>();
        claims.MapGet("/{id:guid}/estimates/{shopCode}/{estimateId:guid}", GetEstimateAsync);
        claims.MapGet("/{id:guid}/receipt", ReceiptAsync);
        claims.MapGet("/{id:guid}/status-card", StatusCardAsync).RequireCors("BrokerWidgets");

        return claims;
    }

    private static async Task<IResult> SearchAsync(
        [FromQuery] string? policyNumber,
        [FromQuery] string? status,
        [FromQuery] string? lossType,
        [FromQuery] string? sort,
        [FromQuery] bool? desc,
        [FromQuery] int? page,
        ClaimIntakeService service,
        CancellationToken ct)
    {
        var filter = new ClaimSearchFilter(policyNumber, status, lossType, sort ?? "reported", desc ?? true, Math.Max(page ?? 1, 1));
        return Results.Ok(await service.SearchAsync(filter, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimIntakeService service, CancellationToken ct)
    {
        var claim = await service.GetAsync(id, ct);
        return claim is null ? Results.NotFound() : Results.Ok(ClaimSummaryDto.From(claim));
    }

    private static async Task<IResult> ByPolicyAsync(string policyNumber, ClaimIntakeService service, CancellationToken ct) =>
        Results.Ok(await service.ByPolicyAsync(policyNumber, ct));

    private static async Task<IResult> SubmitAsync(ClaimIntakeRequest request, ClaimsPrincipal user, ClaimIntakeService service, CancellationToken ct)
    {
        var claim = await service.SubmitAsync(request, user.Identity?.Name ?? "anonymous", ct);
        return Results.Created($"/api/claims/{claim.Id}", ClaimSummaryDto.From(claim));
    }

    private static async Task<IResult> AddNoteAsync(Guid id, AddNoteRequest request, ClaimsPrincipal user, ClaimIntakeService service, CancellationToken ct)
    {
        var note = await service.AddNoteAsync(id, request, user.Identity?.Name ?? "unknown", ct);
        return Results.Created($"/api/claims/{id}/notes/{note.Id}", new { note.Id, note.CreatedAt });
    }

    private static async Task<IResult> GetEstimateAsync(Guid id, string shopCode, Guid estimateId, RepairEstimateClient shops, CancellationToken ct)
    {
        var estimate = await shops.GetEstimateAsync(shopCode, estimateId, ct);
        return estimate is null ? Results.NotFound() : Results.Ok(estimate);
    }

    private static async Task<IResult> ReceiptAsync(Guid id, [FromQuery] string? back, ClaimIntakeService service, CancellationToken ct)
    {
        var claim = await service.GetAsync(id, ct);
        if (claim is null)
        {
            return Results.NotFound();
        }

        var backLink = string.IsNullOrWhiteSpace(back) ? "/" : back;
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Claim {claim.Reference}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body class="receipt">
              <h1>Claim received</h1>
              <p>Your claim reference is <strong>{claim.Reference}</strong>. Please keep it for your records.</p>
              <p>Reported {claim.ReportedAt:dd MMM yyyy HH:mm} UTC against policy {claim.PolicyNumber}.</p>
              <p><a class="button" href="{WebUtility.HtmlEncode(backLink)}">Return to your portal</a></p>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8"); // VULN xss
    }

    private static async Task<IResult> StatusCardAsync(Guid id, [FromQuery] string? greeting, ClaimIntakeService service, HtmlEncoder encoder, CancellationToken ct)
    {
        var claim = await service.GetAsync(id, ct);
        if (claim is null)
        {
            return Results.NotFound();
        }

        var name = encoder.Encode(string.IsNullOrWhiteSpace(greeting) ? claim.ClaimantName : greeting);
        var html = $"<div class=\"cw-status-card\"><p>Hi {name},</p><p>Claim <b>{claim.Reference}</b> is currently <b>{claim.Status}</b>.</p></div>";
        return Results.Content(html, "text/html; charset=utf-8"); // SAFE xss
    }
}
