using System.Text;
using Dapper;
using Meterline.Data;
using Meterline.Helpers;
using Meterline.Models;

namespace Meterline.Repositories;

public sealed class InvoiceRepository(IDbConnectionFactory db)
{
    private const string SummaryColumns =
        "i.invoice_no AS InvoiceNo, c.account_no AS AccountNo, i.issued_at AS IssuedAt, i.due_at AS DueAt, i.total_amount AS TotalAmount, i.status";

    public async Task<IReadOnlyList<InvoiceSummary>> SearchAsync(InvoiceQuery query)
    {
        var sql = new StringBuilder($"SELECT {SummaryColumns} FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.deleted = 0");
        if (!string.IsNullOrEmpty(query.AccountNo))
        {
            sql.Append($" AND c.account_no LIKE '{query.AccountNo}%'");
        }
        if (query.Status is not null)
        {
            sql.Append(" AND i.status = @Status");
        }
        sql.Append(" ORDER BY i.issued_at DESC OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");

        using var conn = db.Create();
        var rows = await conn.QueryAsync<InvoiceSummary>(sql.ToString(), new { Status = query.Status?.ToString(), query.Skip, query.Take }); // VULN sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<InvoiceSummary>> ListForCustomerAsync(int customerId, string? sort, int take = 12)
    {
        var orderBy = SqlFragments.InvoiceOrderBy(sort);
        using var conn = db.Create();
        var rows = await conn.QueryAsync<InvoiceSummary>($"SELECT TOP (@take) {SummaryColumns} FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.customer_id = @customerId AND i.deleted = 0 ORDER BY {orderBy}", new { customerId, take }); // SAFE sqli
        return rows.AsList();
    }

    public async Task<Invoice?> GetAsync(int customerId, string invoiceNo)
    {
        using var conn = db.Create();
        return await conn.QuerySingleOrDefaultAsync<Invoice>(
            $"SELECT {SummaryColumns}, i.customer_id AS CustomerId, c.display_name AS CustomerName, i.insert_file AS InsertFile " +
            "FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.customer_id = @customerId AND i.invoice_no = @invoiceNo",
            new { customerId, invoiceNo });
    }

    public async Task MarkFinalAsync(string invoiceNo, string insertFile)
    {
        using var conn = db.Create();
        await conn.ExecuteAsync(
            "UPDATE invoices SET status = 'Issued', insert_file = @insertFile, issued_at = SYSUTCDATETIME() WHERE invoice_no = @invoiceNo AND status = 'Draft'",
            new { invoiceNo, insertFile });
    }
}
