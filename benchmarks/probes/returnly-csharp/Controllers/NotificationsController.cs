namespace Returnly.Controllers;

[ApiController]
[Route("api/notifications")]
[Authorize(Policy = "Staff")]
public sealed class NotificationsController(NotificationTemplateService templates, ReturnRepository returns) : ControllerBase
{
    [HttpPost("preview")]
    public async Task<IActionResult> Preview([FromBody] NotificationPreviewRequest request, CancellationToken ct)
    {
        if (await BuildModelAsync(request.RmaNumber, ct) is not { } model) return NotFound();
        return Ok(new { body = templates.RenderPreview(request.TemplateBody, model) });
    }

    [HttpPost("render/{templateName}")]
    public async Task<IActionResult> Render([FromRoute] string templateName, [FromQuery] string rmaNumber, CancellationToken ct)
    {
        if (await BuildModelAsync(rmaNumber, ct) is not { } model) return NotFound();
        return Ok(new { body = templates.RenderBuiltIn(templateName, model) });
    }

    private async Task<NotificationModel?> BuildModelAsync(string rmaNumber, CancellationToken ct)
    {
        var rma = RmaNumber.IsValid(rmaNumber) ? await returns.GetByNumberAsync(rmaNumber, ct) : null;
        return rma is null ? null : new NotificationModel(rma.CustomerEmail.Split('@')[0], rma.RmaNumber, rma.ItemPrice, rma.Reason, ShipWithinDays: 14);
    }
}
