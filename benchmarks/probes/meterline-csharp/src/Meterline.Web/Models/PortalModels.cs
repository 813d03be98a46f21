using Microsoft.AspNetCore.Html;

namespace Meterline.Models;

[Serializable]
public sealed class PortalPreferences
{
    public static PortalPreferences Default => new();

    public string InvoiceSort { get; set; } = "issued";
    public bool PaperlessBilling { get; set; }
    public bool UsageAlerts { get; set; } = true;
}

public sealed class PortalViewModel
{
    public IHtmlContent DisplayName { get; init; } = HtmlString.Empty;
    public string? Notice { get; init; }
    public string FooterHtml { get; init; } = string.Empty;
    public PortalPreferences Preferences { get; init; } = PortalPreferences.Default;
    public IReadOnlyList<InvoiceSummary> Invoices { get; init; } = [];
}

public sealed record StatementLine(string Description, decimal Amount);

public sealed record StatementModel(string InvoiceNo, string AccountNo, string CustomerName, DateTime IssuedAt, DateTime DueAt,
    decimal Total, IReadOnlyList<StatementLine> Lines)
{
    public static StatementModel From(Invoice i) => new(i.InvoiceNo, i.AccountNo, i.CustomerName, i.IssuedAt, i.DueAt,
        i.TotalAmount, [new StatementLine("Current charges", i.TotalAmount)]);

    public static StatementModel Sample() => new("INV-2024-000123", "100-204-7781", "Sample Customer",
        new DateTime(2024, 6, 1), new DateTime(2024, 6, 21), 142.18m,
        [new("Water service charge", 12.50m), new("Water usage 18,400 gal", 75.44m), new("Electricity usage 412 kWh", 54.24m)]);
}
