using Dapper;
using Microsoft.Data.SqlClient;
using Permitly.Web.Models;

namespace Permitly.Web.Data;

public sealed class AccountRepository(IConfiguration configuration)
{
    private async Task<T> WithConnection<T>(Func<SqlConnection, Task<T>> action)
    {
        await using var conn = new SqlConnection(configuration.GetConnectionString("Permits"));
        return await action(conn);
    }

    public Task<ContractorAccount?> FindContractorAsync(string email) => WithConnection(c => c.QuerySingleOrDefaultAsync<ContractorAccount?>(
        "SELECT id AS Id, email AS Email, company_name AS CompanyName, password_hash AS PasswordHash FROM contractors WHERE email = @email", new { email }));

    public Task<int> CreateContractorAsync(ContractorRegistration r, string passwordHash) => WithConnection(c => c.ExecuteAsync(
        "INSERT INTO contractors (email, company_name, license_number, password_hash) VALUES (@Email, @CompanyName, @LicenseNumber, @passwordHash)",
        new { r.Email, r.CompanyName, r.LicenseNumber, passwordHash }));

    public Task<string?> FindStaffHashAsync(string login) => WithConnection(c => c.ExecuteScalarAsync<string?>(
        "SELECT password_hash FROM staff_accounts WHERE login = @login AND disabled = 0", new { login }));

    public Task<int> SetStaffHashAsync(string login, string hash) => WithConnection(c => c.ExecuteAsync(
        "UPDATE staff_accounts SET password_hash = @hash WHERE login = @login", new { login, hash }));

    public Task<int> StoreResetCodeAsync(string email, string code, DateTime expiresAt) => WithConnection(c => c.ExecuteAsync(
        "INSERT INTO password_resets (email, code, expires_at) VALUES (@email, @code, @expiresAt)", new { email, code, expiresAt }));
}
