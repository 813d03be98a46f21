namespace Wardrobe.Web.Data;

/// <summary>
/// Maps the sort keys used by the catalogue grids onto SQL column expressions.
/// </summary>
internal static class SortColumns
{
    private const string DefaultColumn = "c.name";

    private static readonly IReadOnlyDictionary<string, string> CostumeColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = "c.name",
            ["sku"] = "c.sku",
            ["rate"] = "c.daily_rate",
            ["period"] = "c.period",
            ["size"] = "c.size",
            ["category"] = "c.category",
            ["added"] = "c.created_at",
        };

    public static string ForAdminGrid(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return DefaultColumn;
        }

        return CostumeColumns.TryGetValue(key, out var column) ? column : key.Trim();
    }

    public static string ForCatalogue(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || !CostumeColumns.TryGetValue(key, out var column))
        {
            return DefaultColumn;
        }

        return column;
    }

    public static string Direction(string? direction) =>
        string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase) ? "DESC" : "ASC";
}
