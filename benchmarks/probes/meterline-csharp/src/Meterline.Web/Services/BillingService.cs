using Meterline.Config;
using Meterline.Models;
using Meterline.Repositories;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed class BillingService(InvoiceRepository invoices, DocumentStore documents, TariffEngine tariffs, TariffCatalog catalog,
    WebhookDispatcher webhooks, IOptions<MeterlineOptions> options, ILogger<BillingService> logger)
{
    private static readonly string[] QuarterlyInserts =
        ["winter-bill-assistance.pdf", "spring-water-conservation.pdf", "summer-peak-pricing.pdf", "autumn-storm-safety.pdf"];

    public Task<IReadOnlyList<InvoiceSummary>> SearchAsync(InvoiceSearch search)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, 200);
        var status = Enum.TryParse<InvoiceStatus>(search.Status, ignoreCase: true, out var parsed) ? parsed : (InvoiceStatus?)null;
        var query = new InvoiceQuery(search.AccountNo?.Trim(), status, (Math.Max(search.Page, 1) - 1) * pageSize, pageSize);
        return invoices.SearchAsync(query);
    }

    public Task<IReadOnlyList<InvoiceSummary>> RecentInvoicesAsync(int customerId, string? sort) =>
        invoices.ListForCustomerAsync(customerId, sort);

    public async Task FinalizeInvoiceAsync(string invoiceNo, DateOnly period, CancellationToken ct)
    {
        var insert = QuarterlyInserts[(period.Month - 1) / 3];
        await invoices.MarkFinalAsync(invoiceNo, insert);
        logger.LogInformation("Finalized invoice {InvoiceNo} for {Period} with insert {Insert}", invoiceNo, period, insert);
        if (options.Value.BillingEventsWebhook is { } hook)
        {
            await webhooks.DeliverAsync(hook, new { type = "invoice.finalized", invoiceNo, period }, ct);
        }
    }

    public async Task<byte[]?> InsertForInvoiceAsync(int customerId, string invoiceNo)
    {
        var invoice = await invoices.GetAsync(customerId, invoiceNo);
        return invoice?.InsertFile is null ? null : await documents.ReadInsertAsync(invoice.InsertFile);
    }

    public BillEstimate Estimate(string tariffCode, decimal units)
    {
        if (units < 0) throw new ArgumentException("Usage cannot be negative.", nameof(units));
        var tariff = catalog.FindByCode(tariffCode) ?? throw new KeyNotFoundException(tariffCode);
        return new BillEstimate(tariff.Code, units, tariffs.Calculate(tariff.Code, units, tariff.Rate, tariff.BaseCharge));
    }
}
