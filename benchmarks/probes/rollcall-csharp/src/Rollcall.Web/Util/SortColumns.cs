namespace Rollcall.Web.Util;

public static class SortColumns
{
    private static readonly IReadOnlyDictionary<string, string> StudentColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["lastName"] = "last_name",
            ["firstName"] = "first_name",
            ["grade"] = "grade_level",
            ["number"] = "student_number",
            ["dob"] = "date_of_birth",
        };

    public static string Resolve(string? key) =>
        key is not null && StudentColumns.TryGetValue(key, out var column) ? column : "last_name";

    public static string Direction(string? value) =>
        string.Equals(value, "desc", StringComparison.OrdinalIgnoreCase) ? "DESC" : "ASC";
}
