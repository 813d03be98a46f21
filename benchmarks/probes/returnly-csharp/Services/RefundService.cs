namespace Returnly.Services;

public sealed class RefundRuleGlobals
{
    public decimal ItemPrice { get; set; }
    public decimal AlreadyRefunded { get; set; }
    public int DaysSinceRequest { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RefundService(RefundRepository refunds, ReturnRepository returns)
{
    public Task<List<Refund>> ByStatusAsync(string status, CancellationToken ct) => refunds.FindByStatusAsync(status, ct);

    public Task<List<Refund>> ForRmaAsync(string rmaNumber, CancellationToken ct) => refunds.FindForRmaAsync(rmaNumber, ct);

    public async Task<RefundRuleGlobals?> BuildRuleGlobalsAsync(string rmaNumber, CancellationToken ct)
    {
        var rma = await returns.GetByNumberAsync(rmaNumber, ct);
        return rma is null ? null : new RefundRuleGlobals
        {
            ItemPrice = rma.ItemPrice,
            AlreadyRefunded = await refunds.TotalRefundedAsync(rmaNumber, ct),
            DaysSinceRequest = (int)(DateTime.UtcNow - rma.CreatedAt).TotalDays,
            Reason = rma.Reason,
        };
    }

    public async Task<Refund> IssueStoreCreditAsync(string rmaNumber, decimal amount, string code, CancellationToken ct)
    {
        var refund = new Refund { RmaNumber = rmaNumber, Amount = amount, Method = "store-credit", Status = "Approved", StoreCreditCode = code, CreatedAt = DateTime.UtcNow };
        await refunds.AddAsync([refund], ct);
        return refund;
    }

    public Task<int> ImportLegacyAsync(IEnumerable<LegacyRefundRecord> records, CancellationToken ct) =>
        refunds.AddAsync(records.Select(r => new Refund
        {
            RmaNumber = r.RmaNumber,
            Amount = r.Amount,
            Currency = r.Currency,
            Method = "legacy",
            Status = "Paid",
            CreatedAt = r.IssuedOn,
        }), ct);
}
