using System.Globalization;
using System.Xml;
using System.Xml.XPath;
using Innkeep.Models;

namespace Innkeep.Services;

public class RatePlanXmlParser
{
    public XmlDocument LoadUploaded(Stream xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // VULN xxe
        doc.Load(xml);
        return doc;
    }

    public XmlDocument LoadFeed(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, // SAFE xxe
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = 20_000_000,
        };
        using var reader = XmlReader.Create(xml, settings);
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(reader);
        return doc;
    }

    public IReadOnlyList<RateLine> FindRatesForRoom(XmlDocument doc, string roomCode)
    {
        var results = new List<RateLine>();
        var nodes = doc.SelectNodes($"/ratePlans/ratePlan/rate[@room='{roomCode}']"); // VULN xpath
        if (nodes is null)
            return results;
        foreach (XmlElement node in nodes)
        {
            results.Add(new RateLine(
                node.GetAttribute("room"),
                DateOnly.ParseExact(node.GetAttribute("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal.Parse(node.InnerText, CultureInfo.InvariantCulture),
                node.GetAttribute("currency") is { Length: 3 } c ? c : "EUR"));
        }
        return results;
    }

    public RatePlanSummary? FindPlan(XmlDocument doc, string planCode)
    {
        var navigator = doc.CreateNavigator()!;
        var node = navigator.SelectSingleNode($"/ratePlans/ratePlan[@code='{planCode}']"); // SAFE xpath
        if (node is null)
            return null;
        return new RatePlanSummary(
            planCode,
            node.GetAttribute("name", string.Empty),
            node.GetAttribute("refundable", string.Empty) == "true",
            int.TryParse(node.GetAttribute("minStay", string.Empty), out var minStay) ? minStay : 1);
    }
}
