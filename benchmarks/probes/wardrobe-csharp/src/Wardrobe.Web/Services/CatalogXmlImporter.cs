using System.Globalization;
using System.Xml;
using System.Xml.Xsl;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;

namespace Wardrobe.Web.Services;

/// <summary>
/// Imports the XML stock lists that other theatres and suppliers send when stock is transferred,
/// and renders supplier price sheets for the hire desk.
/// </summary>
public sealed class CatalogXmlImporter
{
    private readonly CostumeRepository _costumes;
    private readonly StorageOptions _options;
    private readonly ILogger<CatalogXmlImporter> _logger;

    public CatalogXmlImporter(CostumeRepository costumes, IOptions<StorageOptions> options, ILogger<CatalogXmlImporter> logger)
    {
        _costumes = costumes;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<ImportSummary> ImportAsync(Stream xml, string? supplierCode, CancellationToken ct)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver(), IgnoreComments = true }); // VULN xxe
        var document = new XmlDocument();
        document.Load(reader);

        var imported = 0;
        var skipped = 0;
        var warnings = new List<string>();
        var nodes = document.SelectNodes("/stock/costume");
        if (nodes is null)
        {
            return new ImportSummary(0, 0, new[] { "No <costume> elements found." });
        }

        foreach (XmlElement node in nodes)
        {
            var sku = node.GetAttribute("sku").Trim();
            var name = node["name"]?.InnerText.Trim();
            if (sku.Length == 0 || string.IsNullOrEmpty(name))
            {
                skipped++;
                warnings.Add($"Row {imported + skipped}: missing sku or name");
                continue;
            }

            var costume = new Costume
            {
                Sku = sku,
                Name = name,
                Category = node["category"]?.InnerText.Trim() ?? "Uncategorised",
                Size = node["size"]?.InnerText.Trim() ?? "One size",
                Period = node["period"]?.InnerText.Trim() ?? string.Empty,
                DescriptionHtml = node["description"]?.InnerText.Trim(),
                DailyRate = decimal.TryParse(node["rate"]?.InnerText, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) ? rate : 0m,
                Condition = node.GetAttribute("condition") is { Length: > 0 } condition ? condition : "Good",
                SupplierCode = supplierCode,
            };

            await _costumes.UpsertAsync(costume, ct);
            imported++;
        }

        _logger.LogInformation("Stock import: {Imported} imported, {Skipped} skipped", imported, skipped);
        return new ImportSummary(imported, skipped, warnings);
    }

    public PackManifest ParseManifest(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 2_000_000,
        };

        using var reader = XmlReader.Create(xml, settings);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(reader); // SAFE xxe

        var root = document.DocumentElement ?? throw new InvalidDataException("Empty manifest.");
        var manifest = new PackManifest
        {
            Title = root["title"]?.InnerText.Trim() ?? "Untitled pack",
            Supplier = root.GetAttribute("supplier"),
        };

        var skus = root.SelectNodes("items/item/@sku");
        if (skus is not null)
        {
            foreach (XmlNode sku in skus)
            {
                manifest.Skus.Add(sku.Value ?? string.Empty);
            }
        }

        return manifest;
    }

    public string RenderPriceSheet(Stream xml, string currency)
    {
        var transform = new XslCompiledTransform();
        transform.Load(_options.PriceSheetStylesheet, XsltSettings.Default, null);

        var arguments = new XsltArgumentList();
        arguments.AddParam("currency", string.Empty, currency);
        arguments.AddParam("generated", string.Empty, DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(output, transform.OutputSettings))
        {
            transform.Transform(reader, arguments, writer); // SAFE xxe
        }

        return output.ToString();
    }
}
