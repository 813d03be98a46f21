using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class InvoiceEndpoints
{
    public static void MapInvoiceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invoices").WithTags("Invoices").RequireAuthorization().RequireCors("ClinicPortal");

        group.MapGet("/clinic/{clinicId:int}", async ([AsParameters] InvoiceListQuery query, InvoiceService invoices) =>
            Results.Ok(await invoices.ListAsync(query)));

        group.MapGet("/clinic/{clinicId:int}/aging/{bucket}", async (int clinicId, string bucket, InvoiceService invoices) =>
            Results.Ok(await invoices.AgingAsync(clinicId, bucket)));

        group.MapGet("/clinic/{clinicId:int}/statement", (int clinicId, InvoiceService invoices, CancellationToken ct) =>
            invoices.RenderStatementAsync(clinicId, ct));

        group.MapGet("/{number}/print", (string number, InvoiceService invoices, CancellationToken ct) =>
            invoices.RenderInvoiceAsync(number, ct));

        group.MapPut("/{number}/status", async (string number, InvoiceStatusUpdate update, InvoiceService invoices) =>
            await invoices.SetStatusAsync(number, update.Status) ? Results.NoContent() : Results.BadRequest(new { error = "Unknown invoice or status" }))
            .RequireAuthorization("LabStaff");
    }
}
