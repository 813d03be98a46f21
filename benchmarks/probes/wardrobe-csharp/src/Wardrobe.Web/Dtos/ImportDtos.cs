namespace Wardrobe.Web.Dtos;

public sealed record ImportSummary(int Imported, int Skipped, IReadOnlyList<string> Warnings);

public sealed record PackImportResult(string Folder, int FileCount, string? Title);

public sealed class PackManifest
{
    public string Title { get; set; } = string.Empty;
    public string? Supplier { get; set; }
    public List<string> Skus { get; set; } = new();
}

public sealed class DashboardLayout
{
    public string Name { get; set; } = "Default";
    public int Columns { get; set; } = 3;
    public List<object> Widgets { get; set; } = new();
}

public sealed class LabelTemplate
{
    public string Name { get; set; } = "Standard hanger tag";
    public int WidthMm { get; set; } = 60;
    public int HeightMm { get; set; } = 40;
    public List<LabelBlock> Blocks { get; set; } = new();
}

public abstract class LabelBlock
{
    public int X { get; set; }
    public int Y { get; set; }
}

public sealed class TextBlock : LabelBlock
{
    public string Field { get; set; } = "Name";
    public int FontSize { get; set; } = 10;
}

public sealed class BarcodeBlock : LabelBlock
{
    public string Symbology { get; set; } = "Code128";
}

public sealed class ImageBlock : LabelBlock
{
    public string Asset { get; set; } = "logo";
}

public sealed class MeasurementSheet
{
    public string Performer { get; set; } = string.Empty;
    public string? Production { get; set; }
    public decimal? ChestCm { get; set; }
    public decimal? WaistCm { get; set; }
    public decimal? HipCm { get; set; }
    public decimal? InsideLegCm { get; set; }
    public decimal? HeadCm { get; set; }
    public string? ShoeSize { get; set; }
    public List<string> Notes { get; set; } = new();
}

[Serializable]
public sealed class LegacyBasket
{
    public string BasketId { get; set; } = string.Empty;
    public string CustomerRef { get; set; } = string.Empty;
    public List<LegacyBasketLine> Lines { get; set; } = new();
}

[Serializable]
public sealed class LegacyBasketLine
{
    public string Sku { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public DateTime From { get; set; }
    public DateTime To { get; set; }
}
