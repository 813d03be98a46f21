using Cantabile.Domain;
using LinqToDB;
using LinqToDB.Data;
using Npgsql;
using SqlKata.Compilers;
using SqlKata.Execution;

namespace Cantabile.Data;

public class FestivalDb : DataConnection
{
    public FestivalDb(DataOptions<FestivalDb> options) : base(options.Options)
    {
    }

    public ITable<Choir> Choirs => this.GetTable<Choir>();
    public ITable<Registration> Registrations => this.GetTable<Registration>();
    public ITable<Adjudicator> Adjudicators => this.GetTable<Adjudicator>();
    public ITable<ScoreSheet> ScoreSheets => this.GetTable<ScoreSheet>();
    public ITable<Category> Categories => this.GetTable<Category>();
    public ITable<LibraryMember> Members => this.GetTable<LibraryMember>();
    public ITable<Loan> Loans => this.GetTable<Loan>();
}

public static class QueryFactoryBuilder
{
    public static QueryFactory Create(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SqlKata");
        var connection = new NpgsqlConnection(configuration.GetConnectionString("Festival"));

        var factory = new QueryFactory(connection, new PostgresCompiler())
        {
            QueryTimeout = 30,
        };

        factory.Logger = compiled => logger.LogDebug("SQL: {Sql}", compiled.Sql);
        return factory;
    }
}
