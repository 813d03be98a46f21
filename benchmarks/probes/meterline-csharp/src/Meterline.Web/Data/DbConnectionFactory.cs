using System.Data;
using Microsoft.Data.SqlClient;

namespace Meterline.Data;

public interface IDbConnectionFactory
{
    IDbConnection Create();
}

public sealed class SqlConnectionFactory(IConfiguration configuration) : IDbConnectionFactory
{
    public IDbConnection Create() => new SqlConnection(configuration.GetConnectionString("Billing"));
}
