namespace Returnly.Controllers;

[ApiController]
[Route("api/returns")]
[Authorize(Policy = "Staff")]
public sealed class ReturnsController(ReturnRepository returns, ReturnService service, AttachmentStorage storage) : ControllerBase
{
    [HttpGet("{rmaNumber}")]
    public async Task<ActionResult<ReturnAuthorization>> Get([FromRoute] string rmaNumber, CancellationToken ct)
    {
        if (!RmaNumber.IsValid(rmaNumber)) return BadRequest("Malformed RMA number");
        return await returns.GetByNumberAsync(rmaNumber, ct) is { } rma ? rma : NotFound();
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string customer, [FromQuery] string? status, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(customer) || customer.Length < 3) return BadRequest("Enter at least three characters of the customer e-mail");
        return Ok(await returns.SearchByCustomerAsync(customer, status, ct));
    }

    [HttpPost]
    [AllowAnonymous]
    public async Task<IActionResult> Create([FromBody] CreateReturnRequest request, CancellationToken ct)
    {
        var rma = await service.CreateAsync(request, actor: "storefront", ct);
        return CreatedAtAction(nameof(Get), new { rmaNumber = rma.RmaNumber }, new { rma.RmaNumber, rma.Status });
    }

    [HttpGet("attachments")]
    public IActionResult Attachment([FromQuery] string path) =>
        File(storage.OpenAttachment(path), "application/octet-stream", Path.GetFileName(path));

    [HttpPost("{rmaNumber}/callback-test")]
    public async Task<IActionResult> TestCallback([FromRoute] string rmaNumber, [FromBody] WebhookSubscription subscription, CancellationToken ct)
    {
        if (subscription.Events.Length == 0) return BadRequest("Subscribe to at least one event");
        return Ok(await service.TestCallbackAsync(rmaNumber, subscription, ct));
    }
}
