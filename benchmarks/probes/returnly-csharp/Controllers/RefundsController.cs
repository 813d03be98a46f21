namespace Returnly.Controllers;

[ApiController]
[Route("api/refunds")]
[Authorize(Policy = "Staff")]
public sealed class RefundsController(RefundService refunds, PricingRuleEngine rules, TokenService tokens) : ControllerBase
{
    [HttpPost("preview")]
    [Authorize(Policy = "Supervisor")]
    public async Task<IActionResult> Preview([FromBody] RefundRuleRequest request, CancellationToken ct)
    {
        var globals = await refunds.BuildRuleGlobalsAsync(request.RmaNumber, ct);
        if (globals is null) return NotFound();
        return Ok(new { request.RmaNumber, amount = await rules.EvaluateCustomRuleAsync(request.Formula, globals, ct) });
    }

    [HttpGet("restocking-fee")]
    public IActionResult RestockingFee([FromQuery] decimal price, [FromQuery] decimal rate) =>
        price < 0 || rate is < 0 or > 100 ? BadRequest() : Ok(new { fee = rules.RestockingFee(price, rate) });

    [HttpGet]
    public async Task<IActionResult> List([FromQuery] string status, CancellationToken ct) => Ok(await refunds.ByStatusAsync(status, ct));

    [HttpGet("for/{rmaNumber}")]
    public async Task<IActionResult> ForRma([FromRoute] string rmaNumber, CancellationToken ct) => Ok(await refunds.ForRmaAsync(rmaNumber, ct));

    [HttpPost("{rmaNumber}/store-credit")]
    public async Task<IActionResult> IssueStoreCredit([FromRoute] string rmaNumber, [FromForm] decimal amount, CancellationToken ct)
    {
        if (!RmaNumber.IsValid(rmaNumber) || amount <= 0) return BadRequest();
        var refund = await refunds.IssueStoreCreditAsync(rmaNumber, amount, tokens.CreateStoreCreditCode(), ct);
        return Ok(new { refund.StoreCreditCode, refund.Amount });
    }
}
