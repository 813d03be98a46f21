using System.Text;
using Petrilab.Clients;
using Petrilab.Messaging;
using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class IntegrationEndpoints
{
    public static void MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        var integration = app.MapGroup("/api/integration").WithTags("Integration").RequireAuthorization("Integration");

        // Practice-management systems post ORU messages here.
        integration.MapPost("/hl7", async (HttpRequest request, Hl7XmlService hl7, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var xml = await reader.ReadToEndAsync(ct);
            var summary = hl7.ParseInbound(xml);
            var id = await hl7.StoreAsync(summary, xml, ct);
            return Results.Accepted($"/api/integration/hl7/{id}", summary);
        });

        integration.MapPost("/hl7/upload", async (IFormFile file, Hl7XmlService hl7, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var summary = hl7.ParseUpload(buffer);
            var id = await hl7.StoreAsync(summary, Encoding.UTF8.GetString(buffer.ToArray()), ct);
            return Results.Created($"/api/integration/hl7/{id}", summary);
        }).DisableAntiforgery();

        integration.MapGet("/hl7/{messageId:int}/observations/{code}", async (int messageId, string code, Hl7XmlService hl7, CancellationToken ct) =>
            await hl7.FindObservationAsync(messageId, code, ct) is { } observation ? Results.Ok(observation) : Results.NotFound());

        integration.MapGet("/hl7/{messageId:int}/analytes/{analyte}", async (int messageId, string analyte, Hl7XmlService hl7, CancellationToken ct) =>
        {
            try
            {
                var value = await hl7.FindAnalyteValueAsync(messageId, analyte, ct);
                return value is null ? Results.NotFound() : Results.Ok(new { analyte, value });
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        // In-house analysers (haematology, chemistry) push raw result XML; parsing happens in the worker.
        integration.MapPost("/instruments/{instrumentId}/results", async (string instrumentId, HttpRequest request, IMessagePublisher publisher, TimeProvider clock, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var xml = await reader.ReadToEndAsync(ct);
            publisher.Publish("instruments.results", new InstrumentPayloadMessage(instrumentId, xml, clock.GetUtcNow()));
            return Results.Accepted();
        });

        integration.MapPost("/partners/{partnerCode}/bundles", async (string partnerCode, IFormFile bundle, ReferenceLabClient partners, DocumentStore documents) =>
        {
            if (!partners.IsKnownPartner(partnerCode))
            {
                return Results.NotFound();
            }

            await using var stream = bundle.OpenReadStream();
            return Results.Ok(new { imported = documents.ImportPartnerBundle(partnerCode, stream) });
        }).DisableAntiforgery();

        integration.MapPost("/partners/callback", async (PartnerCallback callback, ReferenceLabClient partners, Hl7XmlService hl7, CancellationToken ct) =>
        {
            try
            {
                var document = await partners.FetchCallbackDocumentAsync(callback.DocumentUrl, ct);
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document));
                var summary = hl7.ParseUpload(stream);
                var id = await hl7.StoreAsync(summary, document, ct);
                return Results.Ok(new { callback.PartnerCode, messageId = id });
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        integration.MapGet("/partners/{partnerCode}/reports/{reportId:guid}", async (string partnerCode, Guid reportId, ReferenceLabClient partners, CancellationToken ct) =>
        {
            var pdf = await partners.DownloadReportAsync(partnerCode, reportId, ct);
            return Results.File(pdf, "application/pdf", $"{reportId:N}.pdf");
        });
    }
}
