using Microsoft.Data.SqlClient;
using Npgsql;

namespace Oakharbor.Infrastructure;

public interface IOakDbConnections
{
    Task<NpgsqlConnection> OpenOperationalAsync(CancellationToken ct = default);
    Task<SqlConnection> OpenWarehouseAsync(CancellationToken ct = default);
    Task<SqlConnection> OpenLegacyBillingAsync(CancellationToken ct = default);
}

public sealed class OakDbConnections : IOakDbConnections
{
    private readonly IConfiguration _configuration;

    public OakDbConnections(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public async Task<NpgsqlConnection> OpenOperationalAsync(CancellationToken ct = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(_configuration.GetConnectionString("Operational"))
        {
            Password = _configuration["Database:OperationalPassword"],
            ApplicationName = "oakharbor-web"
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public async Task<SqlConnection> OpenWarehouseAsync(CancellationToken ct = default)
    {
        var connection = new SqlConnection(_configuration.GetConnectionString("Warehouse"));
        await connection.OpenAsync(ct);
        return connection;
    }

    public async Task<SqlConnection> OpenLegacyBillingAsync(CancellationToken ct = default)
    {
        var connection = new SqlConnection("Server=billing-sql01.oakharbor.local;Database=OakBilling;User Id=oak_reports;Password=Tidew4ter#2019;TrustServerCertificate=True"); // VULN secret
        await connection.OpenAsync(ct);
        return connection;
    }
}
