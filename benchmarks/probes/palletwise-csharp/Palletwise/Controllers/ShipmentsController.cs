using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Palletwise.Data;
using Palletwise.Models;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/shipments")]
[Authorize]
public class ShipmentsController : ControllerBase
{
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal) { "open", "picking", "packed", "dispatched", "cancelled" };

    private readonly ShipmentRepository _shipments;
    private readonly DocumentStore _documents;
    private readonly WebhookNotifier _webhooks;

    public ShipmentsController(ShipmentRepository shipments, DocumentStore documents, WebhookNotifier webhooks)
    {
        _shipments = shipments;
        _documents = documents;
        _webhooks = webhooks;
    }

    [HttpGet]
    public async Task<IActionResult> List([FromQuery] string? carrier, [FromQuery] string? status, [FromQuery] DateTime? since, [FromQuery] string? sort, [FromQuery] int page = 1)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            return BadRequest(new { error = $"unknown status, expected one of {string.Join(", ", Statuses)}" });
        }

        var query = new ShipmentQuery { Carrier = carrier, Status = status, Since = since, SortKey = sort, Page = page };
        return Ok(await _shipments.ListAsync(query));
    }

    [HttpPost("import")]
    [Consumes("application/json")]
    public async Task<IActionResult> ImportBatch()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();
        var drafts = JsonConvert.DeserializeObject<List<ShipmentDraft>>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }); // VULN deser
        return Accepted(new { received = drafts?.Count ?? 0 });
    }

    [HttpPost("drafts")]
    [Consumes("application/json")]
    public async Task<IActionResult> ImportDraft()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();
        var draft = JsonConvert.DeserializeObject<ShipmentDraft>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }); // SAFE deser
        if (draft is null || string.IsNullOrWhiteSpace(draft.Reference))
        {
            return BadRequest();
        }

        return Accepted(draft);
    }

    [HttpPost("{reference}/documents")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> UploadDocument([FromRoute] string reference, IFormFile file)
    {
        if (file.Length == 0)
        {
            return BadRequest(new { error = "empty file" });
        }

        var stored = await _documents.SaveUploadAsync(file, reference);
        return Created($"/api/shipments/{reference}/documents/{stored}", new { stored });
    }

    [HttpPost("webhooks")]
    [Authorize(Roles = "integrations")]
    public async Task<IActionResult> RegisterWebhook([FromBody] WebhookRegistration registration)
    {
        if (!WebhookNotifier.IsAcceptableCallback(registration.CallbackUrl))
        {
            return BadRequest(new { error = "callback must be an absolute https URL" });
        }

        var subscription = _webhooks.Register(new WebhookSubscription { Name = registration.Name, CallbackUrl = registration.CallbackUrl });
        var reply = await _webhooks.SendTestEventAsync(subscription);
        return Ok(new { subscription.Id, testReply = reply });
    }
}
