using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Xml;
using Palletwise.Models;

namespace Palletwise.Services;

public class ManifestImportService
{
    private readonly ILogger<ManifestImportService> _logger;

    public ManifestImportService(ILogger<ManifestImportService> logger)
    {
        _logger = logger;
    }

    public PalletManifest ParseAdvanceShippingNotice(Stream xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // VULN xxe
        doc.Load(xml);
        return ReadManifest(doc);
    }

    public PalletManifest ParsePackingList(Stream xml)
    {
        var doc = new XmlDocument { XmlResolver = null }; // SAFE xxe
        doc.Load(xml);
        return ReadManifest(doc);
    }

    public int CountPallets(Stream xml)
    {
        using var reader = new XmlTextReader(xml) { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }; // VULN xxe
        var pallets = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Pallet")
            {
                pallets++;
            }
        }

        return pallets;
    }

    public IReadOnlyList<string> ReadCustomsTariffCodes(Stream xml)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }); // SAFE xxe
        var codes = new List<string>();
        while (reader.ReadToFollowing("TariffCode"))
        {
            codes.Add(reader.ReadElementContentAsString().Trim());
        }

        return codes;
    }

    public PalletManifest ReadLegacySnapshot(Stream payload)
    {
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var manifest = (PalletManifest)formatter.Deserialize(payload); // VULN deser
#pragma warning restore SYSLIB0011
        _logger.LogInformation("Imported legacy snapshot for {Reference}", manifest.ShipmentReference);
        return manifest;
    }

    public ExportEnvelope ReadPartnerExport(Stream payload, IEnumerable<string> recordTypeNames)
    {
        var knownTypes = recordTypeNames.Select(name => Type.GetType(name, throwOnError: true)!).ToList();
        var envelope = (ExportEnvelope)new DataContractSerializer(typeof(ExportEnvelope), knownTypes).ReadObject(payload)!; // VULN deser
        return envelope;
    }

    public PalletManifest ReadManifestContract(Stream payload)
    {
        var manifest = (PalletManifest)new DataContractSerializer(typeof(PalletManifest)).ReadObject(payload)!; // SAFE deser
        return manifest;
    }

    private static PalletManifest ReadManifest(XmlDocument doc)
    {
        var manifest = new PalletManifest
        {
            ShipmentReference = doc.DocumentElement?.GetAttribute("reference") ?? string.Empty,
        };

        foreach (XmlElement line in doc.GetElementsByTagName("Line"))
        {
            manifest.Lines.Add(new ManifestLine
            {
                Sku = line.GetAttribute("sku"),
                Quantity = int.TryParse(line.GetAttribute("qty"), out var qty) ? qty : 0,
                PalletId = line.GetAttribute("pallet"),
            });
        }

        return manifest;
    }
}
