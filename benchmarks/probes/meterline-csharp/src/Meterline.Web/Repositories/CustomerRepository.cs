using Dapper;
using Meterline.Models;
using Microsoft.Data.SqlClient;

namespace Meterline.Repositories;

public sealed class CustomerRepository(IConfiguration configuration)
{
    private const string ReportingConnectionString =
        "Server=sql-rpt01.meterline.local;Database=billing_reporting;User Id=rpt_reader;Password=Rpt#Meter2022!;TrustServerCertificate=True";

    private SqlConnection Billing() => new(configuration.GetConnectionString("Billing"));

    public async Task<Customer?> FindByEmailAsync(string email)
    {
        await using var conn = Billing();
        return await conn.QuerySingleOrDefaultAsync<Customer>(
            "SELECT id, account_no AS AccountNo, email, display_name AS DisplayName, password_hash AS PasswordHash " +
            "FROM customers WHERE email = @email AND closed_at IS NULL", new { email });
    }

    public async Task UpdateContactAsync(int customerId, string email, string? phone)
    {
        await using var conn = Billing();
        await conn.OpenAsync();
        var sql = "UPDATE customers SET email = '" + email + "', phone = '" + (phone ?? string.Empty) +
                  "', updated_at = SYSUTCDATETIME() WHERE id = " + customerId;
        await using var cmd = new SqlCommand(sql, conn); // VULN sqli
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task UpdatePasswordHashAsync(int customerId, string passwordHash)
    {
        await using var conn = Billing();
        await conn.OpenAsync();
        await using var cmd = new SqlCommand(
            "UPDATE customers SET password_hash = @hash WHERE id = @id; DELETE FROM password_resets WHERE customer_id = @id;", conn);
        cmd.Parameters.AddWithValue("@hash", passwordHash);
        cmd.Parameters.AddWithValue("@id", customerId);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task UpdateKioskPinAsync(int customerId, string pinDigest)
    {
        await using var conn = Billing();
        await conn.ExecuteAsync("UPDATE customers SET kiosk_pin = @pinDigest WHERE id = @customerId", new { customerId, pinDigest });
    }

    public async Task SaveResetCodeAsync(int customerId, string code, DateTimeOffset expiresAt)
    {
        await using var conn = Billing();
        await conn.ExecuteAsync(
            "DELETE FROM password_resets WHERE customer_id = @customerId; " +
            "INSERT INTO password_resets (customer_id, code, expires_at) VALUES (@customerId, @code, @expiresAt);",
            new { customerId, code, expiresAt });
    }

    public async Task<ResetCode?> GetResetCodeAsync(int customerId)
    {
        await using var conn = Billing();
        return await conn.QuerySingleOrDefaultAsync<ResetCode>(
            "SELECT code, expires_at AS ExpiresAt FROM password_resets WHERE customer_id = @customerId", new { customerId });
    }

    public async Task SavePhoneVerificationAsync(int customerId, string phone, string code)
    {
        await using var conn = Billing();
        await conn.ExecuteAsync(
            "INSERT INTO phone_verifications (customer_id, phone, code, expires_at) VALUES (@customerId, @phone, @code, DATEADD(minute, 10, SYSUTCDATETIME()))",
            new { customerId, phone, code });
    }

    public async Task<IReadOnlyList<ArrearsRow>> ArrearsAsync(int minDaysOverdue)
    {
        await using var conn = new SqlConnection(ReportingConnectionString); // VULN secret
        var rows = await conn.QueryAsync<ArrearsRow>(
            "SELECT account_no AS AccountNo, display_name AS DisplayName, balance, days_overdue AS DaysOverdue " +
            "FROM v_arrears WHERE days_overdue >= @minDaysOverdue ORDER BY balance DESC", new { minDaysOverdue });
        return rows.AsList();
    }
}
