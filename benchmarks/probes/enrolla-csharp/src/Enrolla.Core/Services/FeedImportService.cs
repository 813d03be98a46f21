using System.Globalization;
using System.Xml;

namespace Enrolla.Core.Services;

public sealed record FeedSchoolRow(string Urn, string Name, int Capacity, int PublishedAdmissionNumber);
public sealed record CatchmentRuleRow(string Urn, string DistrictCode, int Priority);

public sealed class FeedImportService
{
    public IReadOnlyList<FeedSchoolRow> ParseLaSchoolFeed(Stream xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // VULN xxe
        doc.Load(xml);
        var rows = new List<FeedSchoolRow>();
        foreach (XmlElement school in doc.SelectNodes("/feed/schools/school")!)
        {
            rows.Add(new FeedSchoolRow(
                school.GetAttribute("urn"),
                school["name"]?.InnerText.Trim() ?? "",
                int.Parse(school["capacity"]?.InnerText ?? "0", CultureInfo.InvariantCulture),
                int.Parse(school["pan"]?.InnerText ?? "0", CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    public IReadOnlyList<CatchmentRuleRow> ParseCatchmentRules(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }; // SAFE xxe
        using var reader = XmlReader.Create(xml, settings);
        var doc = new XmlDocument();
        doc.Load(reader);
        var rows = new List<CatchmentRuleRow>();
        foreach (XmlElement district in doc.SelectNodes("/catchments/school/district")!)
        {
            var urn = ((XmlElement)district.ParentNode!).GetAttribute("urn");
            rows.Add(new CatchmentRuleRow(urn, district.GetAttribute("code"),
                int.Parse(district.GetAttribute("priority"), CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
