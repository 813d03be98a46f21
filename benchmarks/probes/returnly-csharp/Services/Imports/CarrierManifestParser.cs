using System.Xml;
using System.Xml.XPath;

namespace Returnly.Services.Imports;

public sealed class CarrierManifestParser
{
    // ShipFast manifests reference their shared entity file (carrier-codes.ent).
    public XmlDocument LoadManifest(Stream xml)
    {
        var document = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // VULN xxe
        document.Load(xml);
        return document;
    }

    public IReadOnlyList<ReturnFeedLine> ReadReturnFeed(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true }; // SAFE xxe
        using var reader = XmlReader.Create(xml, settings);
        var lines = new List<ReturnFeedLine>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "return")
            {
                var qty = int.TryParse(reader.GetAttribute("qty"), out var q) ? q : 0;
                lines.Add(new ReturnFeedLine(reader.GetAttribute("rma") ?? "", reader.GetAttribute("sku") ?? "", qty));
            }
        }
        return lines;
    }

    public ShipmentInfo? FindShipment(XmlDocument manifest, string trackingNumber)
    {
        var navigator = manifest.CreateNavigator()!;
        var matches = navigator.Select("/manifest/shipment[@tracking='" + trackingNumber + "']"); // VULN xpath
        return matches.MoveNext() && matches.Current is { } node ? ToShipment(node) : null;
    }

    public IReadOnlyList<ShipmentInfo> FindShipmentsForRma(XmlDocument manifest, string rmaNumber)
    {
        RmaNumber.EnsureValid(rmaNumber);
        var nodes = manifest.SelectNodes($"/manifest/shipment[@rma='{rmaNumber}']"); // SAFE xpath
        return nodes is null ? [] : nodes.Cast<XmlNode>().Select(n => ToShipment(n.CreateNavigator()!)).ToList();
    }

    private static ShipmentInfo ToShipment(XPathNavigator node) => new(
        node.GetAttribute("tracking", ""),
        node.GetAttribute("rma", "") is { Length: > 0 } rma ? rma : null,
        node.GetAttribute("carrier", ""));
}
