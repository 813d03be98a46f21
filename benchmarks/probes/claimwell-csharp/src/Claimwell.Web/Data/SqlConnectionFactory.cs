using Microsoft.Data.SqlClient;

namespace Claimwell.Web.Data;

public interface ISqlConnectionFactory
{
    SqlConnection Create();
}

public sealed class SqlConnectionFactory : ISqlConnectionFactory
{
    private readonly string _connectionString;

    public SqlConnectionFactory(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Claims")
            ?? throw new InvalidOperationException("ConnectionStrings:Claims is not configured.");
    }

    public SqlConnection Create() => new(_connectionString);
}
