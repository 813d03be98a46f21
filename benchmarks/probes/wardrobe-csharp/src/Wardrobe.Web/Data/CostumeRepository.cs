using Dapper;
using Npgsql;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;

namespace Wardrobe.Web.Data;

public sealed class CostumeRepository
{
    private const string Columns =
        "c.id, c.sku, c.name, c.category, c.size, c.period, c.description_html, c.daily_rate, " +
        "c.condition, c.photo_file_name, c.is_available, c.supplier_code, c.created_at";

    private readonly NpgsqlDataSource _dataSource;

    public CostumeRepository(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public async Task<Costume?> GetAsync(int id, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Costume>(
            new CommandDefinition($"SELECT {Columns} FROM costumes c WHERE c.id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Costume>> GetManyAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<Costume>();
        }

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Costume>(
            new CommandDefinition($"SELECT {Columns} FROM costumes c WHERE c.id = ANY(@ids)", new { ids = ids.ToArray() }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Costume>> ListByCategoryAsync(string category, int page, int pageSize, CancellationToken ct)
    {
        var limit = Math.Clamp(pageSize, 1, 100);
        var offset = Math.Max(0, page - 1) * limit;
        var sql = $"SELECT {Columns} FROM costumes c WHERE c.category = @category AND c.is_available " +
                  $"ORDER BY c.name LIMIT {limit} OFFSET {offset}";

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Costume>(new CommandDefinition(sql, new { category }, cancellationToken: ct)); // SAFE sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Costume>> SearchAsync(CostumeSearchCriteria criteria, CancellationToken ct)
    {
        var (where, args) = BuildFilter(criteria);
        var orderBy = SortColumns.ForAdminGrid(criteria.SortBy);
        var direction = SortColumns.Direction(criteria.Direction);
        var sql = $"SELECT {Columns} FROM costumes c {where} ORDER BY {orderBy} {direction} LIMIT 250";

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Costume>(new CommandDefinition(sql, args, cancellationToken: ct)); // VULN sqli
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Costume>> CatalogueAsync(CostumeSearchCriteria criteria, CancellationToken ct)
    {
        var (where, args) = BuildFilter(criteria with { AvailableOnly = true });
        var orderBy = SortColumns.ForCatalogue(criteria.SortBy);
        var direction = SortColumns.Direction(criteria.Direction);
        var sql = $"SELECT {Columns} FROM costumes c {where} ORDER BY {orderBy} {direction} LIMIT 60";

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Costume>(new CommandDefinition(sql, args, cancellationToken: ct)); // SAFE sqli
        return rows.AsList();
    }

    public async Task<int> UpdateDescriptionAsync(int id, string? descriptionHtml, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE costumes SET description_html = @descriptionHtml WHERE id = @id",
            new { id, descriptionHtml },
            cancellationToken: ct));
    }

    public async Task SetPhotoAsync(int id, string fileName, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE costumes SET photo_file_name = @fileName WHERE id = @id",
            new { id, fileName },
            cancellationToken: ct));
    }

    public async Task<int> UpsertAsync(Costume costume, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO costumes (sku, name, category, size, period, description_html, daily_rate, condition, is_available, supplier_code, created_at)
            VALUES (@Sku, @Name, @Category, @Size, @Period, @DescriptionHtml, @DailyRate, @Condition, TRUE, @SupplierCode, now())
            ON CONFLICT (sku) DO UPDATE SET
                name = EXCLUDED.name,
                category = EXCLUDED.category,
                size = EXCLUDED.size,
                period = EXCLUDED.period,
                description_html = EXCLUDED.description_html,
                daily_rate = EXCLUDED.daily_rate
            RETURNING id
            """;

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<int>(new CommandDefinition(sql, costume, cancellationToken: ct));
    }

    private static (string Where, DynamicParameters Args) BuildFilter(CostumeSearchCriteria criteria)
    {
        var clauses = new List<string>();
        var args = new DynamicParameters();

        if (!string.IsNullOrWhiteSpace(criteria.Text))
        {
            clauses.Add("(c.name ILIKE @text OR c.sku ILIKE @text)");
            args.Add("text", $"%{criteria.Text.Trim()}%");
        }

        if (!string.IsNullOrWhiteSpace(criteria.Category))
        {
            clauses.Add("c.category = @category");
            args.Add("category", criteria.Category);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Size))
        {
            clauses.Add("c.size = @size");
            args.Add("size", criteria.Size);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Period))
        {
            clauses.Add("c.period = @period");
            args.Add("period", criteria.Period);
        }

        if (criteria.MaxDailyRate is decimal maxRate)
        {
            clauses.Add("c.daily_rate <= @maxRate");
            args.Add("maxRate", maxRate);
        }

        if (criteria.AvailableOnly)
        {
            clauses.Add("c.is_available");
        }

        var where = clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses);
        return (where, args);
    }
}
