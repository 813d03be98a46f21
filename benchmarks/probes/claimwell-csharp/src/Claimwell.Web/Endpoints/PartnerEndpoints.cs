using Claimwell.Web.Messaging;
using Claimwell.Web.Models;
using Claimwell.Web.Services;

namespace Claimwell.Web.Endpoints;

public static class PartnerEndpoints
{
    private const long MaxPartnerPayloadBytes = 2 * 1024 * 1024;

    public static RouteGroupBuilder MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/partners/{partnerCode}")
            .WithTags("Partners")
            .AllowAnonymous()
            .AddEndpointFilter<PartnerApiKeyFilter>();

        partners.MapPost("/claims", ForwardClaimAsync);
        partners.MapPost("/fnol", ReceiveNoticeAsync);

        return partners;
    }

    /// <summary>Partners post claims in their own envelope format; processing happens asynchronously in the worker.</summary>
    private static async Task<IResult> ForwardClaimAsync(string partnerCode, HttpRequest request, ServiceBusPublisher publisher, CancellationToken ct)
    {
        if (request.ContentLength is > MaxPartnerPayloadBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Results.BadRequest(new { error = "Empty body." });
        }

        var correlationId = request.Headers["X-Correlation-Id"].ToString();
        await publisher.PublishRawAsync(MessageSubjects.PartnerClaimReceived, body, ct, string.IsNullOrEmpty(correlationId) ? null : correlationId);
        return Results.Accepted(value: new { status = "queued", partner = partnerCode });
    }

    private static async Task<IResult> ReceiveNoticeAsync(string partnerCode, HttpRequest request, ClaimIntakeService intake, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;

        PartnerClaimNotice notice;
        try
        {
            notice = AcordNoticeParser.Parse(buffer);
        }
        catch (Exception ex) when (ex is FormatException or System.Xml.XmlException)
        {
            return Results.BadRequest(new { error = ex.Message });
        }

        var claim = await intake.SubmitAsync(new ClaimIntakeRequest(
            notice.PolicyNumber,
            notice.LossDate,
            notice.LossType,
            notice.Narrative,
            notice.Estimate ?? 0m,
            $"Partner {partnerCode}",
            "fnol@claimwell.com",
            null), $"partner:{partnerCode}", ct);

        return Results.Accepted($"/api/claims/{claim.Id}", new { claim.Reference, notice.PartnerReference });
    }
}
