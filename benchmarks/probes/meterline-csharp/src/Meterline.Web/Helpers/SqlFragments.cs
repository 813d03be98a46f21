using Meterline.Models;

namespace Meterline.Helpers;

public static class SqlFragments
{
    private static readonly IReadOnlyDictionary<string, string> InvoiceOrder =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["issued"] = "i.issued_at DESC",
            ["due"] = "i.due_at ASC, i.issued_at DESC",
            ["amount"] = "i.total_amount DESC",
            ["status"] = "i.status ASC, i.issued_at DESC"
        };

    public static string InvoiceOrderBy(string? key) =>
        key is not null && InvoiceOrder.TryGetValue(key, out var clause) ? clause : InvoiceOrder["issued"];

    public static string ArchiveTable(ReadingKind kind) => kind switch
    {
        ReadingKind.Water => "archive.water_readings",
        ReadingKind.Electricity => "archive.electricity_readings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unsupported reading kind")
    };
}
