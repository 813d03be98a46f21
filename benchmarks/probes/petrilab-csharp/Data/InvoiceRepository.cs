using System.Data;
using Dapper;
using Npgsql;

namespace Petrilab.Data;

public interface IDbConnectionFactory
{
    IDbConnection Create();
}

public sealed class NpgsqlConnectionFactory(IConfiguration configuration) : IDbConnectionFactory
{
    public IDbConnection Create() => new NpgsqlConnection(configuration.GetConnectionString("Lab"));
}

public class InvoiceRepository(IDbConnectionFactory connections)
{
    private const string InvoiceColumns = "id, clinic_id, number, status, total, issued_at, due_at";

    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = "number",
        ["issued"] = "issued_at",
        ["due"] = "due_at",
        ["total"] = "total",
        ["status"] = "status",
    };

    public async Task<IReadOnlyList<Invoice>> ListForClinicAsync(int clinicId, string? status, string? sort)
    {
        var orderBy = SortColumns.GetValueOrDefault(sort ?? "issued", sort ?? "issued_at");
        using var conn = connections.Create();
        var sql = $"SELECT {InvoiceColumns} FROM invoices " +
                  "WHERE clinic_id = @clinicId AND (@status::text IS NULL OR status = @status) " +
                  $"ORDER BY {orderBy} DESC LIMIT 200";
        var rows = await conn.QueryAsync<Invoice>(sql, new { clinicId, status }); // VULN sqli
        return rows.AsList();
    }

    public async Task<Invoice?> GetByNumberAsync(string number)
    {
        using var conn = connections.Create();
        return await conn.QuerySingleOrDefaultAsync<Invoice>($"SELECT {InvoiceColumns} FROM invoices WHERE number = @number", new { number });
    }

    public async Task<IReadOnlyList<Invoice>> OpenForClinicAsync(int clinicId)
    {
        using var conn = connections.Create();
        var rows = await conn.QueryAsync<Invoice>($"SELECT {InvoiceColumns} FROM invoices WHERE clinic_id = @clinicId AND status IN ('Issued', 'Overdue') ORDER BY due_at", new { clinicId });
        return rows.AsList();
    }

    public async Task<IReadOnlyList<InvoiceLine>> LinesAsync(int invoiceId)
    {
        using var conn = connections.Create();
        var rows = await conn.QueryAsync<InvoiceLine>("SELECT invoice_id, description, quantity, unit_price FROM invoice_lines WHERE invoice_id = @invoiceId ORDER BY line_no", new { invoiceId });
        return rows.AsList();
    }

    public async Task<IReadOnlyList<InvoiceAgingRow>> AgingAsync(int clinicId, string bucket)
    {
        var column = bucket switch
        {
            "30" => "days_30",
            "60" => "days_60",
            "90" => "days_90_plus",
            _ => "current_due",
        };
        using var conn = connections.Create();
        var rows = await conn.QueryAsync<InvoiceAgingRow>($"SELECT clinic_id, {column} AS amount FROM invoice_aging WHERE clinic_id = @clinicId", new { clinicId }); // SAFE sqli
        return rows.AsList();
    }

    public async Task<int> UpdateStatusAsync(string number, string status)
    {
        using var conn = connections.Create();
        return await conn.ExecuteAsync("UPDATE invoices SET status = @status, updated_at = now() WHERE number = @number", new { status, number }); // SAFE sqli
    }
}
