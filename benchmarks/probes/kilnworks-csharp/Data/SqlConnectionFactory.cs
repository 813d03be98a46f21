using System.Data;
using Microsoft.Data.SqlClient;

namespace Kilnworks.Data;

public interface IDbConnectionFactory
{
    Task<SqlConnection> OpenAsync(CancellationToken ct = default);
}

public sealed class SqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    public SqlConnectionFactory(IConfiguration configuration)
    {
        var raw = configuration.GetConnectionString("Studio")
            ?? throw new InvalidOperationException("ConnectionStrings:Studio is not configured.");
        var password = Environment.GetEnvironmentVariable("KILNWORKS_DB_PASSWORD") ?? string.Empty;
        _connectionString = raw.Replace("${KILNWORKS_DB_PASSWORD}", password, StringComparison.Ordinal);
    }

    public async Task<SqlConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqlConnection(_connectionString);
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }
        return connection;
    }
}

internal static class DataReaderExtensions
{
    public static string? GetNullableString(this SqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static DateTime? GetNullableDateTime(this SqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDateTime(ordinal);
    }
}
