using System.Globalization;
using System.Xml;
using System.Xml.XPath;
using Quayside.Api.Contracts;

namespace Quayside.Api.Services;

public sealed record CustomsDeclaration(string DeclarationNumber, string Mrn, string Office, IReadOnlyList<string> ContainerIds);

/// <summary>
/// Reads the QSF freight manifest format:
/// &lt;manifest ref="" shipper=""&gt;&lt;consignment&gt;&lt;container id="" seal=""&gt;&lt;item hs="" kg=""&gt;...&lt;/item&gt;
/// </summary>
public sealed class ManifestXmlReader
{
    public ParsedManifest Parse(Stream xml)
    {
        var doc = new XmlDocument { PreserveWhitespace = false };
        doc.XmlResolver = new XmlUrlResolver(); // VULN xxe
        doc.Load(xml);

        var root = doc.DocumentElement ?? throw new InvalidDataException("Empty manifest document.");
        if (root.LocalName != "manifest")
        {
            throw new InvalidDataException($"Unexpected root element <{root.LocalName}>.");
        }

        var manifest = new ParsedManifest
        {
            ManifestRef = root.GetAttribute("ref"),
            Shipper = root.GetAttribute("shipper"),
        };

        foreach (XmlElement container in root.SelectNodes("consignment/container")!)
        {
            foreach (XmlElement item in container.SelectNodes("item")!)
            {
                manifest.Lines.Add(ReadItem(item, container.GetAttribute("id")));
            }
        }

        foreach (XmlElement loose in root.SelectNodes("consignment/item")!)
        {
            manifest.Lines.Add(ReadItem(loose, null));
        }

        return manifest;
    }

    public ContainerLookupResponse? FindContainer(string manifestPath, string containerId)
    {
        var navigator = new XPathDocument(manifestPath).CreateNavigator();
        var node = navigator.SelectSingleNode($"/manifest/consignment/container[@id='{containerId}']"); // VULN xpath
        if (node is null)
        {
            return null;
        }

        var contents = node.Select("item");
        var descriptions = new List<string>();
        decimal total = 0;
        while (contents.MoveNext())
        {
            descriptions.Add(contents.Current!.Value.Trim());
            if (decimal.TryParse(contents.Current.GetAttribute("kg", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out var kg))
            {
                total += kg;
            }
        }

        return new ContainerLookupResponse
        {
            ContainerId = node.GetAttribute("id", string.Empty),
            SealNumber = node.GetAttribute("seal", string.Empty),
            Contents = string.Join("; ", descriptions),
            GrossKg = total,
        };
    }

    public string? SealFor(string manifestPath, string containerId)
    {
        var navigator = new XPathDocument(manifestPath).CreateNavigator();
        var node = navigator.SelectSingleNode($"/manifest/consignment/container[@id='{containerId}']/@seal"); // SAFE xpath
        return node?.Value;
    }

    public CustomsDeclaration ReadCustomsDeclaration(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 5_000_000 }; // SAFE xxe
        using var reader = XmlReader.Create(xml, settings);

        string number = string.Empty, mrn = string.Empty, office = string.Empty;
        var containers = new List<string>();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "DeclarationNumber":
                    number = reader.ReadElementContentAsString();
                    break;
                case "MRN":
                    mrn = reader.ReadElementContentAsString();
                    break;
                case "OfficeOfExit":
                    office = reader.ReadElementContentAsString();
                    break;
                case "ContainerNumber":
                    containers.Add(reader.ReadElementContentAsString().Trim());
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return new CustomsDeclaration(number, mrn, office, containers);
    }

    private static ParsedCargoLine ReadItem(XmlElement item, string? containerId) => new()
    {
        ContainerId = string.IsNullOrEmpty(containerId) ? null : containerId,
        HsCode = item.GetAttribute("hs"),
        Description = item.InnerText.Trim(),
        GrossKg = decimal.TryParse(item.GetAttribute("kg"), NumberStyles.Number, CultureInfo.InvariantCulture, out var kg) ? kg : 0m,
        HazardClass = NullIfEmpty(item.GetAttribute("imdg")),
        UnNumber = NullIfEmpty(item.GetAttribute("un")),
    };

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
