using System.Diagnostics;

namespace Returnly.Services;

public sealed class ReturnService(
    ReturnRepository returns,
    CarrierClient carriers,
    AuditLogStore audit,
    IHttpClientFactory httpFactory,
    ILogger<ReturnService> logger)
{
    public async Task<ReturnAuthorization> CreateAsync(CreateReturnRequest request, string actor, CancellationToken ct)
    {
        var rma = new ReturnAuthorization
        {
            Id = Guid.NewGuid(),
            RmaNumber = RmaNumber.Format(await returns.NextSequenceAsync(ct)),
            OrderNumber = request.OrderNumber.Trim(),
            CustomerEmail = request.CustomerEmail.Trim().ToLowerInvariant(),
            Reason = request.Reason.Trim().ToLowerInvariant(),
            CustomerNote = request.CustomerNote,
            Status = ReturnStatus.Requested,
            WarehouseCode = request.WarehouseCode.ToUpperInvariant(),
            ItemPrice = request.ItemPrice,
            CreatedAt = DateTime.UtcNow,
        };
        await returns.InsertAsync(rma, ct);
        await audit.AppendAsync(rma.RmaNumber, actor, "created");

        try
        {
            var wms = httpFactory.CreateClient("wms-legacy");
            using var response = await wms.PostAsJsonAsync("/api/v1/inbound-returns", new { rma.RmaNumber, rma.OrderNumber, rma.WarehouseCode }, ct);
            response.EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            // the WMS polls for missed returns nightly, so a failed push is not fatal
            logger.LogWarning(ex, "WMS push failed for {Rma}", rma.RmaNumber);
        }
        return rma;
    }

    public async Task<CallbackTestResult> TestCallbackAsync(string rmaNumber, WebhookSubscription subscription, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            var status = await carriers.PingCallbackAsync(subscription.CallbackUrl, ct);
            return new CallbackTestResult(subscription.CallbackUrl, status, sw.ElapsedMilliseconds, null);
        }
        catch (HttpRequestException ex)
        {
            logger.LogInformation(ex, "Callback test for {Rma} failed", rmaNumber);
            return new CallbackTestResult(subscription.CallbackUrl, 0, sw.ElapsedMilliseconds, ex.Message);
        }
    }
}
