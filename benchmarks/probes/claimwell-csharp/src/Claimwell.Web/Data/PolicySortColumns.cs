namespace Claimwell.Web.Data;

public static class PolicySortColumns
{
    private static readonly IReadOnlyDictionary<string, string> Columns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["number"] = "PolicyNumber",
            ["holder"] = "HolderLastName, HolderFirstName",
            ["premium"] = "Premium DESC",
            ["effective"] = "EffectiveFrom DESC",
            ["product"] = "ProductCode, PolicyNumber"
        };

    public static string Resolve(string? key) =>
        key is not null && Columns.TryGetValue(key, out var column) ? column : "PolicyNumber";
}
