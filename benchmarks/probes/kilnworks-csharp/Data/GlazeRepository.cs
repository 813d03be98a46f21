using Kilnworks.Contracts;
using Kilnworks.Domain;
using RepoDb;

namespace Kilnworks.Data;

public sealed class GlazeRepository
{
    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "Name",
        ["cone"] = "Cone",
        ["updated"] = "UpdatedAt DESC"
    };

    private const string RecipeColumns =
        "Id, Name, Cone, Atmosphere, Surface, Notes, PhotoFile, LabelTemplate, ExpansionFormula, AuthorId, Shared, UpdatedAt";

    private readonly IDbConnectionFactory _factory;

    public GlazeRepository(IDbConnectionFactory factory)
    {
        _factory = factory;
    }

    public async Task<IReadOnlyList<GlazeRecipe>> SearchAsync(GlazeSearchQuery query, int viewerId, CancellationToken ct)
    {
        var orderBy = SortColumns.GetValueOrDefault(query.Sort ?? string.Empty, "Name");
        var sql = $"SELECT {RecipeColumns} FROM GlazeRecipes " +
                  "WHERE (Shared = 1 OR AuthorId = @Viewer) " +
                  "AND (@Text IS NULL OR Name LIKE '%' + @Text + '%' OR Notes LIKE '%' + @Text + '%') " +
                  "AND (@Cone IS NULL OR Cone = @Cone) AND (@Atmosphere IS NULL OR Atmosphere = @Atmosphere) " +
                  $"ORDER BY {orderBy}";

        await using var conn = await _factory.OpenAsync(ct);
        var rows = await conn.ExecuteQueryAsync<GlazeRecipe>(sql, new // SAFE sqli
        {
            Viewer = viewerId,
            Text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim(),
            Cone = query.Cone,
            Atmosphere = query.Atmosphere
        }, cancellationToken: ct);
        return rows.ToList();
    }

    public async Task<GlazeRecipe?> GetAsync(int id, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        var recipe = (await conn.ExecuteQueryAsync<GlazeRecipe>(
            $"SELECT {RecipeColumns} FROM GlazeRecipes WHERE Id = @Id", new { Id = id }, cancellationToken: ct)).FirstOrDefault();
        if (recipe is null)
        {
            return null;
        }

        var ingredients = await conn.ExecuteQueryAsync<GlazeIngredient>(
            "SELECT RecipeId, Material, [Percent], IsAddition FROM GlazeIngredients WHERE RecipeId = @Id ORDER BY IsAddition, [Percent] DESC",
            new { Id = id }, cancellationToken: ct);
        recipe.Ingredients = ingredients.ToList();
        return recipe;
    }

    public async Task<int> InsertAsync(GlazeRecipe recipe, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<int>(
            "INSERT INTO GlazeRecipes (Name, Cone, Atmosphere, Surface, Notes, LabelTemplate, ExpansionFormula, AuthorId, Shared, UpdatedAt) " +
            "OUTPUT INSERTED.Id VALUES (@Name, @Cone, @Atmosphere, @Surface, @Notes, @LabelTemplate, @ExpansionFormula, @AuthorId, @Shared, SYSUTCDATETIME())",
            new
            {
                recipe.Name,
                recipe.Cone,
                recipe.Atmosphere,
                recipe.Surface,
                recipe.Notes,
                recipe.LabelTemplate,
                recipe.ExpansionFormula,
                recipe.AuthorId,
                recipe.Shared
            }, cancellationToken: ct);
    }

    public async Task UpdateAsync(GlazeRecipe recipe, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync(
            "UPDATE GlazeRecipes SET Name = @Name, Cone = @Cone, Atmosphere = @Atmosphere, Surface = @Surface, Notes = @Notes, " +
            "LabelTemplate = @LabelTemplate, ExpansionFormula = @ExpansionFormula, Shared = @Shared, UpdatedAt = SYSUTCDATETIME() " +
            "WHERE Id = @Id AND AuthorId = @AuthorId",
            new
            {
                recipe.Id,
                recipe.Name,
                recipe.Cone,
                recipe.Atmosphere,
                recipe.Surface,
                recipe.Notes,
                recipe.LabelTemplate,
                recipe.ExpansionFormula,
                recipe.Shared,
                recipe.AuthorId
            }, cancellationToken: ct);
    }

    public async Task SetPhotoAsync(int id, string fileName, CancellationToken ct)
    {
        await using var conn = await _factory.OpenAsync(ct);
        await conn.ExecuteNonQueryAsync("UPDATE GlazeRecipes SET PhotoFile = @File WHERE Id = @Id",
            new { File = fileName, Id = id }, cancellationToken: ct);
    }
}
