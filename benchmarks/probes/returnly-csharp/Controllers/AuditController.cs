using System.Text.Json;
using MongoDB.Bson;

namespace Returnly.Controllers;

[ApiController]
[Route("api/audit")]
[Authorize(Policy = "Staff")]
public sealed class AuditController(AuditLogStore audit) : ControllerBase
{
    [HttpPost("search")]
    public async Task<IActionResult> Search([FromBody] JsonElement filter, [FromQuery] int limit = 100)
    {
        if (filter.ValueKind != JsonValueKind.Object) return BadRequest("Filter must be a JSON object");
        return Content((await audit.SearchAsync(filter.GetRawText(), limit)).ToJson(), "application/json");
    }

    [HttpGet("by-actor")]
    public async Task<IActionResult> ByActor()
    {
        var actor = Request.Query["actor"].ToString();
        if (string.IsNullOrWhiteSpace(actor)) return BadRequest("actor is required");
        return Content((await audit.ByActorAsync(actor)).ToJson(), "application/json");
    }

    [HttpGet("rma/{rmaNumber}")]
    public async Task<IActionResult> ForRma([FromRoute] string rmaNumber)
    {
        if (!RmaNumber.IsValid(rmaNumber)) return BadRequest("Malformed RMA number");
        return Content((await audit.ForRmaAsync(rmaNumber)).ToJson(), "application/json");
    }
}
