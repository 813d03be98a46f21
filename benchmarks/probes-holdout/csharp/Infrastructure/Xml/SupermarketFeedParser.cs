using System.Globalization;
using System.Xml;
using Larderline.Contracts;

namespace Larderline.Infrastructure.Xml;

/// <summary>
/// Parses surplus-stock feeds pushed by supermarket partners. Two dialects exist: the current
/// "surplus/v2" schema and the legacy export produced by older store back-office systems.
/// </summary>
public sealed class SupermarketFeedParser(ILogger<SupermarketFeedParser> logger)
{
    public IReadOnlyList<FeedLine> Parse(Stream body)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };

        using var reader = XmlReader.Create(body, settings); // SAFE xxe
        var doc = new XmlDocument();
        doc.Load(reader);
        return ReadLines(doc, "/surplus/item");
    }

    public IReadOnlyList<FeedLine> ParseLegacy(Stream body)
    {
        // Legacy exports reference a shared product catalogue DTD hosted by the store chain.
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver(), PreserveWhitespace = false };
        doc.Load(body); // VULN xxe
        return ReadLines(doc, "/StockExport/Lines/Line");
    }

    private IReadOnlyList<FeedLine> ReadLines(XmlDocument doc, string xpath)
    {
        var lines = new List<FeedLine>();
        var nodes = doc.SelectNodes(xpath);
        if (nodes is null)
        {
            return lines;
        }

        foreach (XmlNode node in nodes)
        {
            var sku = Text(node, "sku") ?? Text(node, "Sku") ?? string.Empty;
            var description = Text(node, "description") ?? Text(node, "Description") ?? sku;
            var qty = int.TryParse(Text(node, "qty") ?? Text(node, "Quantity"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : 0;
            var weight = decimal.TryParse(Text(node, "weightKg") ?? Text(node, "Weight"), NumberStyles.Number, CultureInfo.InvariantCulture, out var w) ? w : 0m;
            DateOnly? bestBefore = DateOnly.TryParse(Text(node, "bestBefore") ?? Text(node, "BBE"), CultureInfo.InvariantCulture, out var bb) ? bb : null;

            if (qty <= 0)
            {
                logger.LogDebug("Skipping feed line {Sku} with no quantity", sku);
                continue;
            }
            lines.Add(new FeedLine(sku, description, qty, weight, bestBefore));
        }
        return lines;
    }

    private static string? Text(XmlNode node, string name) => node.SelectSingleNode(name)?.InnerText?.Trim();
}
