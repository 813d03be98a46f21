using System.Globalization;
using System.Xml;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Services;

/// <summary>
/// Parses baggage manifests (BSM batches exported by the DCS as XML) and IATA load messages.
/// </summary>
public class ManifestXmlParser
{
    private readonly ILogger<ManifestXmlParser> _logger;

    public ManifestXmlParser(ILogger<ManifestXmlParser> logger)
    {
        _logger = logger;
    }

    public (BaggageManifest Manifest, List<string> Warnings) ParseBagManifest(Stream xml)
    {
        var warnings = new List<string>();
        var manifest = new BaggageManifest();

        // Some DCS vendors still ship the manifest with an inline DTD for the BSM entity set.
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver(), IgnoreWhitespace = true }); // VULN xxe

        var doc = new XmlDocument();
        doc.Load(reader);

        var root = doc.DocumentElement ?? throw new InvalidDataException("Empty manifest");
        manifest.FlightNumber = root.GetAttribute("flight");
        manifest.Origin = root.GetAttribute("origin");
        manifest.Destination = root.GetAttribute("destination");
        manifest.FlightDate = DateOnly.ParseExact(root.GetAttribute("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        foreach (XmlElement bag in root.GetElementsByTagName("bag"))
        {
            var tag = bag.GetAttribute("tag");
            if (tag.Length != 10)
            {
                warnings.Add($"Skipped bag with malformed tag '{tag}'");
                continue;
            }

            manifest.Bags.Add(new BagTag
            {
                TagNumber = tag,
                FlightNumber = manifest.FlightNumber,
                FlightDate = manifest.FlightDate,
                PassengerName = bag["passenger"]?.InnerText ?? string.Empty,
                Destination = bag.GetAttribute("dest"),
                OnwardFlight = bag.HasAttribute("onward") ? bag.GetAttribute("onward") : null,
                Uld = bag.GetAttribute("uld"),
                WeightKg = decimal.TryParse(bag.GetAttribute("kg"), NumberStyles.Number, CultureInfo.InvariantCulture, out var kg) ? kg : 0m,
                Status = BagStatus.CheckedIn,
                LastScanUtc = DateTime.UtcNow
            });
        }

        _logger.LogInformation("Parsed manifest {Flight} with {Count} bags", manifest.FlightNumber, manifest.Bags.Count);
        return (manifest, warnings);
    }

    public BaggageManifest ParseLoadMessage(Stream xml)
    {
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null })) // SAFE xxe
        {
            doc.Load(reader);
        }

        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("ldm", "urn:iata:ldm:1");

        var manifest = new BaggageManifest
        {
            FlightNumber = doc.SelectSingleNode("/ldm:LoadMessage/ldm:Flight", ns)?.InnerText ?? string.Empty,
            Destination = doc.SelectSingleNode("/ldm:LoadMessage/ldm:Destination", ns)?.InnerText ?? string.Empty
        };

        var nodes = doc.SelectNodes("/ldm:LoadMessage/ldm:Compartment/ldm:Uld", ns);
        if (nodes is null)
        {
            return manifest;
        }

        foreach (XmlNode uld in nodes)
        {
            var id = uld.Attributes?["id"]?.Value ?? "BULK";
            var pieces = int.TryParse(uld.Attributes?["pieces"]?.Value, out var p) ? p : 0;
            for (var i = 0; i < pieces; i++)
            {
                manifest.Bags.Add(new BagTag { FlightNumber = manifest.FlightNumber, Uld = id, Status = BagStatus.Loaded });
            }
        }

        return manifest;
    }
}
