using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class InvoiceService(InvoiceRepository invoices, LabDbContext db)
{
    private static readonly CultureInfo Billing = CultureInfo.GetCultureInfo("en-US");
    private static readonly HashSet<string> AllowedStatuses = new(StringComparer.Ordinal) { "Draft", "Issued", "Paid", "Overdue", "Void" };

    public Task<IReadOnlyList<Invoice>> ListAsync(InvoiceListQuery query) =>
        invoices.ListForClinicAsync(query.ClinicId, query.Status, query.Sort);

    public Task<IReadOnlyList<InvoiceAgingRow>> AgingAsync(int clinicId, string bucket) =>
        invoices.AgingAsync(clinicId, bucket);

    public async Task<bool> SetStatusAsync(string number, string status)
    {
        if (!AllowedStatuses.Contains(status))
        {
            return false;
        }

        return await invoices.UpdateStatusAsync(number, status) == 1;
    }

    /// <summary>Printable invoice shown in the clinic portal.</summary>
    public async Task<IResult> RenderInvoiceAsync(string number, CancellationToken ct)
    {
        var invoice = await invoices.GetByNumberAsync(number);
        if (invoice is null)
        {
            return Results.NotFound();
        }

        var clinic = await db.Clinics.AsNoTracking().FirstAsync(c => c.Id == invoice.ClinicId, ct);
        var lines = await invoices.LinesAsync(invoice.Id);
        var enc = HtmlEncoder.Default;

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Invoice ").Append(enc.Encode(invoice.Number)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/invoice.css\"></head><body>");
        html.Append("<header><h1>").Append(enc.Encode(clinic.DisplayName)).Append("</h1>");
        if (!string.IsNullOrWhiteSpace(clinic.Website))
        {
            html.Append("<p class=\"website\"><a href=\"").Append(enc.Encode(clinic.Website)).Append("\">")
                .Append(enc.Encode(clinic.Website)).Append("</a></p>");
        }

        html.Append("<p>Invoice ").Append(enc.Encode(invoice.Number))
            .Append(" issued ").Append(invoice.IssuedAt.ToString("d", Billing))
            .Append(", due ").Append(invoice.DueAt.ToString("d", Billing)).Append("</p></header>");
        html.Append("<table><thead><tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr></thead><tbody>");
        foreach (var line in lines)
        {
            html.Append("<tr><td>").Append(enc.Encode(line.Description)).Append("</td><td>")
                .Append(line.Quantity.ToString(Billing)).Append("</td><td>")
                .Append(line.UnitPrice.ToString("C", Billing)).Append("</td><td>")
                .Append((line.UnitPrice * line.Quantity).ToString("C", Billing)).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"total\">Total due: ").Append(invoice.Total.ToString("C", Billing)).Append("</p></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8"); // VULN xss
    }

    /// <summary>Monthly statement listing every open invoice of a clinic.</summary>
    public async Task<IResult> RenderStatementAsync(int clinicId, CancellationToken ct)
    {
        var clinic = await db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clinicId, ct);
        if (clinic is null)
        {
            return Results.NotFound();
        }

        var open = await invoices.OpenForClinicAsync(clinicId);
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Statement</title></head><body>");
        html.Append("<h1>Statement for ").Append(enc.Encode(clinic.DisplayName)).Append(" (").Append(enc.Encode(clinic.Code)).Append(")</h1>");
        html.Append("<p>Contact: ").Append(enc.Encode(clinic.ContactEmail)).Append("</p><ul>");
        foreach (var invoice in open)
        {
            html.Append("<li>").Append(enc.Encode(invoice.Number)).Append(" — ").Append(enc.Encode(invoice.Status))
                .Append(" — ").Append(invoice.Total.ToString("C", Billing)).Append("</li>");
        }

        html.Append("</ul><p>Balance: ").Append(open.Sum(i => i.Total).ToString("C", Billing)).Append("</p></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8"); // SAFE xss
    }
}
