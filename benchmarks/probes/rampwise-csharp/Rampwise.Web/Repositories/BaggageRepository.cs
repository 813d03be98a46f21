using System.Data;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;
using Rampwise.Web.Domain;
using Rampwise.Web.Models;

namespace Rampwise.Web.Repositories;

public interface IBaggageRepository
{
    Task<IReadOnlyList<BagTag>> GetManifestAsync(string flightNumber, DateOnly flightDate, string? tagPrefix);
    Task<IReadOnlyList<BagTag>> SearchAsync(BagSearchQuery query);
    Task<int> UpsertAsync(IEnumerable<BagTag> bags);
}

public class BaggageRepository : IBaggageRepository
{
    private readonly string _connectionString;

    public BaggageRepository(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Rampwise")
                            ?? throw new InvalidOperationException("Missing Rampwise connection string");
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    public async Task<IReadOnlyList<BagTag>> GetManifestAsync(string flightNumber, DateOnly flightDate, string? tagPrefix)
    {
        const string sql = """
            SELECT Id, TagNumber, FlightNumber, FlightDate, PassengerName, Destination, OnwardFlight,
                   Uld, WeightKg, Status, HoldPosition, LastScanUtc
            FROM BagTags
            WHERE FlightNumber = @FlightNumber AND FlightDate = @FlightDate AND TagNumber LIKE @Prefix
            ORDER BY Uld, TagNumber
            """;

        using var conn = Open();
        var prefix = (tagPrefix ?? string.Empty).Replace("[", "[[]").Replace("%", "[%]").Replace("_", "[_]") + "%";
        var rows = await conn.QueryAsync<BagTag>(sql, new { FlightNumber = flightNumber, FlightDate = flightDate.ToDateTime(TimeOnly.MinValue), Prefix = prefix }); // SAFE sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<BagTag>> SearchAsync(BagSearchQuery query)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new DynamicParameters();

        if (!string.IsNullOrWhiteSpace(query.FlightNumber))
        {
            where.Append(" AND FlightNumber = @FlightNumber");
            args.Add("FlightNumber", query.FlightNumber);
        }

        if (query.FlightDate.HasValue)
        {
            where.Append(" AND FlightDate = @FlightDate");
            args.Add("FlightDate", query.FlightDate.Value.ToDateTime(TimeOnly.MinValue));
        }

        if (!string.IsNullOrWhiteSpace(query.Uld))
        {
            where.Append(" AND Uld = @Uld");
            args.Add("Uld", query.Uld);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            where.Append($" AND Status = '{query.Status}'");
        }

        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var offset = Math.Max(0, query.Page - 1) * pageSize;
        args.Add("Offset", offset);
        args.Add("PageSize", pageSize);

        var sql = $"SELECT * FROM BagTags {where} ORDER BY LastScanUtc DESC OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY";
        using var conn = Open();
        var rows = await conn.QueryAsync<BagTag>(sql, args); // VULN sqli
        return rows.AsList();
    }

    public async Task<int> UpsertAsync(IEnumerable<BagTag> bags)
    {
        const string sql = """
            MERGE BagTags AS target
            USING (SELECT @TagNumber AS TagNumber, @FlightNumber AS FlightNumber, @FlightDate AS FlightDate) AS source
            ON target.TagNumber = source.TagNumber AND target.FlightNumber = source.FlightNumber AND target.FlightDate = source.FlightDate
            WHEN MATCHED THEN UPDATE SET Uld = @Uld, WeightKg = @WeightKg, Status = @Status, LastScanUtc = @LastScanUtc
            WHEN NOT MATCHED THEN INSERT (TagNumber, FlightNumber, FlightDate, PassengerName, Destination, OnwardFlight, Uld, WeightKg, Status, LastScanUtc)
                 VALUES (@TagNumber, @FlightNumber, @FlightDate, @PassengerName, @Destination, @OnwardFlight, @Uld, @WeightKg, @Status, @LastScanUtc);
            """;

        using var conn = Open();
        var affected = 0;
        foreach (var bag in bags)
        {
            affected += await conn.ExecuteAsync(sql, new
            {
                bag.TagNumber,
                bag.FlightNumber,
                FlightDate = bag.FlightDate.ToDateTime(TimeOnly.MinValue),
                bag.PassengerName,
                bag.Destination,
                bag.OnwardFlight,
                bag.Uld,
                bag.WeightKg,
                Status = bag.Status.ToString(),
                bag.LastScanUtc
            });
        }
        return affected;
    }
}
