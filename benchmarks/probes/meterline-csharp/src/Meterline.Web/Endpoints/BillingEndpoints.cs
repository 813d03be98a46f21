using System.Security.Claims;
using Meterline.Helpers;
using Meterline.Models;
using Meterline.Repositories;
using Meterline.Services;
using Microsoft.AspNetCore.Mvc;

namespace Meterline.Endpoints;

public static class BillingEndpoints
{
    public static RouteGroupBuilder MapBillingEndpoints(this RouteGroupBuilder api)
    {
        var billing = api.MapGroup("/billing").WithTags("Billing").RequireAuthorization();

        billing.MapGet("/invoices", async ([AsParameters] InvoiceSearch search, BillingService service) =>
            Results.Ok(await service.SearchAsync(search))).RequireAuthorization("staff");

        billing.MapGet("/invoices/{invoiceNo}/insert", async (string invoiceNo, ClaimsPrincipal user, BillingService service) =>
            await service.InsertForInvoiceAsync(user.GetCustomerId(), invoiceNo) is { } bytes
                ? Results.File(bytes, "application/pdf", $"{invoiceNo}-insert.pdf")
                : Results.NotFound());

        billing.MapGet("/statements/archive", async ([FromQuery] string period, [FromQuery] string file, DocumentStore documents) =>
            await documents.ReadStatementArchiveAsync(period, file) is { } bytes
                ? Results.File(bytes, "application/pdf", Path.GetFileName(file))
                : Results.NotFound()).RequireAuthorization("staff");

        billing.MapGet("/statements/{invoiceNo}", async (string invoiceNo, [FromQuery] string? layout, ClaimsPrincipal user,
            InvoiceRepository invoices, StatementRenderer renderer) =>
        {
            var invoice = await invoices.GetAsync(user.GetCustomerId(), invoiceNo);
            return invoice is null
                ? Results.NotFound()
                : Results.Content(await renderer.RenderAsync(layout ?? "standard", StatementModel.From(invoice)), "text/html");
        });

        billing.MapPost("/statements/preview", ([FromBody] StatementPreviewRequest request, StatementRenderer renderer) =>
            Results.Content(renderer.RenderPreview(request.Template, StatementModel.Sample()), "text/html")).RequireAuthorization("staff");

        billing.MapGet("/estimate", ([FromQuery] string tariff, [FromQuery] decimal units, BillingService service) =>
            Results.Ok(service.Estimate(tariff, units)));

        billing.MapGet("/tariffs", ([FromQuery] string district, TariffCatalog catalog) =>
            Results.Ok(catalog.FindByDistrict(district)));

        billing.MapGet("/tariffs/{code}", (string code, TariffCatalog catalog) =>
            catalog.FindByCode(code) is { } tariff ? Results.Ok(tariff) : Results.NotFound());

        billing.MapPost("/tariffs/preview", async ([FromBody] TariffDraft draft, TariffEngine engine) =>
            Results.Ok(new { draft.Code, amount = await engine.PreviewAsync(draft) })).RequireAuthorization("tariff-admin");

        return billing;
    }
}
