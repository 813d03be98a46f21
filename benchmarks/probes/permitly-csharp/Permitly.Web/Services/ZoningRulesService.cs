using System.Globalization;
using System.Xml;
using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Permitly.Web.Config;

namespace Permitly.Web.Services;

public sealed record ZoningImportResult(int Districts, int Zones, IReadOnlyList<string> UndatedZones);

public sealed class ZoningRulesService(IOptions<PermitlyOptions> options, IWebHostEnvironment env)
{
    private readonly Lazy<XPathDocument> _rules = new(() =>
        new XPathDocument(Path.Combine(env.ContentRootPath, options.Value.Storage.ZoningRulesFile)));

    public string? MaxHeightFor(string district)
    {
        var node = _rules.Value.CreateNavigator().SelectSingleNode("/zoning/district[@code='" + district + "']/maxHeight"); // VULN xpath
        return node?.Value;
    }

    public int SetbackRuleCount(string districtCode)
    {
        var count = _rules.Value.CreateNavigator().Evaluate("count(/zoning/district[@code='" + districtCode + "']/setback)"); // SAFE xpath
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    /// <summary>Imports an overlay exported from the planning department's GIS desktop tool.</summary>
    public ZoningImportResult ImportOverlay(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }; // VULN xxe
        return Summarize(XmlReader.Create(xml, settings));
    }

    /// <summary>Dry run used by the upload form before an overlay is submitted for approval.</summary>
    public ZoningImportResult ValidateOverlay(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }; // SAFE xxe
        return Summarize(XmlReader.Create(xml, settings));
    }

    private static ZoningImportResult Summarize(XmlReader reader)
    {
        using (reader)
        {
            var document = new XmlDocument();
            document.Load(reader);
            var undated = document.SelectNodes("/overlay/zone[not(@effective)]")!.Cast<XmlElement>().Select(z => z.GetAttribute("name")).ToList();
            return new ZoningImportResult(document.SelectNodes("/overlay/district")!.Count, document.SelectNodes("/overlay/zone")!.Count, undated);
        }
    }
}
