using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Quayside.Functions.Ingest;

public sealed partial class ManifestIngestFunction
{
    [GeneratedRegex("^[a-z0-9-]{2,32}$")]
    private static partial Regex PartnerPattern();

    private readonly IngestAuthenticator _authenticator;
    private readonly ManifestParser _parser;
    private readonly InboxStore _inbox;
    private readonly ApiNotifier _notifier;
    private readonly ILogger<ManifestIngestFunction> _logger;

    public ManifestIngestFunction(
        IngestAuthenticator authenticator,
        ManifestParser parser,
        InboxStore inbox,
        ApiNotifier notifier,
        ILogger<ManifestIngestFunction> logger)
    {
        _authenticator = authenticator;
        _parser = parser;
        _inbox = inbox;
        _notifier = notifier;
        _logger = logger;
    }

    [Function("IngestManifest")]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "manifests/{partner}")] HttpRequestData req,
        string partner,
        FunctionContext context)
    {
        var ct = context.CancellationToken;

        var authorization = req.Headers.TryGetValues("Authorization", out var values) ? values.FirstOrDefault() : null;
        var principal = _authenticator.Authenticate(authorization);
        if (principal is null || !string.Equals(principal.FindFirst("partner")?.Value, partner, StringComparison.Ordinal))
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        if (!PartnerPattern().IsMatch(partner))
        {
            return req.CreateResponse(HttpStatusCode.NotFound);
        }

        var fileName = req.Query["name"];
        if (string.IsNullOrWhiteSpace(fileName))
        {
            fileName = $"{partner}-{DateTime.UtcNow:yyyyMMddHHmmss}.xml";
        }

        if (fileName.Contains("..", StringComparison.Ordinal) || fileName.Contains('/') || fileName.Contains('\\'))
        {
            var rejected = req.CreateResponse(HttpStatusCode.BadRequest);
            rejected.Headers.Add("Content-Type", "text/html; charset=utf-8");
            await rejected.WriteStringAsync($"<p>Rejected file name <code>{WebUtility.HtmlEncode(fileName)}</code>. Use a plain file name.</p>", ct); // SAFE xss
            return rejected;
        }

        using var buffer = new MemoryStream();
        await req.Body.CopyToAsync(buffer, ct);

        ManifestEnvelope envelope;
        IReadOnlyList<ManifestLine> lines;
        try
        {
            buffer.Position = 0;
            envelope = _parser.ReadEnvelope(buffer);
            buffer.Position = 0;
            lines = _parser.ReadLines(buffer);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            _logger.LogWarning("Partner {Partner} sent an unreadable manifest: {Error}", partner, ex.Message);
            return req.CreateResponse(HttpStatusCode.UnprocessableEntity);
        }

        buffer.Position = 0;
        var storedPath = await _inbox.SaveAsync(partner, fileName, buffer, ct);

        var batchId = req.Headers.TryGetValues("X-Batch-Id", out var batchValues) && Guid.TryParse(batchValues.FirstOrDefault(), out var supplied)
            ? supplied
            : Guid.NewGuid();
        await _notifier.NotifyAsync(batchId, partner, lines.Count, ct);

        _logger.LogInformation("Stored manifest {Ref} from {Partner} at {Path} ({Lines} lines)", envelope.ManifestRef, partner, storedPath, lines.Count);

        var response = req.CreateResponse(HttpStatusCode.Accepted);
        await response.WriteAsJsonAsync(new { batchId, envelope.ManifestRef, lines = lines.Count }, ct);
        return response;
    }
}
