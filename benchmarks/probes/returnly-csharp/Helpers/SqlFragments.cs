namespace Returnly.Helpers;

public static class SqlFragments
{
    private static readonly Dictionary<string, string> InspectionSortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["received"] = "i.received_at",
        ["grade"] = "i.grade",
        ["rma"] = "i.rma_number",
        ["inspector"] = "i.inspector_id",
    };

    public static string InspectionOrderBy(string? sortKey, bool descending)
    {
        var column = sortKey is not null && InspectionSortColumns.TryGetValue(sortKey, out var mapped) ? mapped : "i.received_at";
        return descending ? $"{column} DESC" : $"{column} ASC";
    }
}
