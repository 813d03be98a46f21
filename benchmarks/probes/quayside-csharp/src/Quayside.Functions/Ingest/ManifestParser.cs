using System.Globalization;
using System.Xml;

namespace Quayside.Functions.Ingest;

public sealed record ManifestEnvelope(string Format, string Version, string ManifestRef, string Sender);

public sealed record ManifestLine(string? Container, string HsCode, string Description, decimal GrossKg);

/// <summary>
/// Partner EDI gateways push the legacy CARGOMAN XML format. Several older gateways declare
/// their commodity tables as DTD entities, so the line reader has to expand them.
/// </summary>
public sealed class ManifestParser
{
    public ManifestEnvelope ReadEnvelope(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true }; // SAFE xxe
        using var reader = XmlReader.Create(xml, settings);
        reader.MoveToContent();
        if (reader.LocalName != "CARGOMAN")
        {
            throw new InvalidDataException($"Unexpected root element <{reader.LocalName}>.");
        }

        return new ManifestEnvelope(
            reader.LocalName,
            reader.GetAttribute("version") ?? "1",
            reader.GetAttribute("ref") ?? string.Empty,
            reader.GetAttribute("sender") ?? string.Empty);
    }

    public IReadOnlyList<ManifestLine> ReadLines(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver(), IgnoreWhitespace = true }; // VULN xxe
        using var reader = XmlReader.Create(xml, settings);

        var lines = new List<ManifestLine>();
        string? container = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "UNIT")
            {
                container = reader.GetAttribute("id");
            }
            else if (reader.LocalName == "LINE")
            {
                var hs = reader.GetAttribute("hs") ?? string.Empty;
                var kg = decimal.TryParse(reader.GetAttribute("kg"), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
                var description = reader.ReadElementContentAsString().Trim();
                lines.Add(new ManifestLine(container, hs, description, kg));
            }
        }

        return lines;
    }
}
