using System.Xml;
using Oakharbor.Domain;

namespace Oakharbor.Services;

/// <summary>
/// Reads the crew manifests charter skippers submit before departure and the insurance
/// certificates brokers send for visiting yachts. Both arrive as XML.
/// </summary>
public sealed class CrewManifestParser
{
    private static readonly HashSet<string> KnownCertifications = new(StringComparer.Ordinal)
    {
        "YACHTMASTER_OFFSHORE", "YACHTMASTER_COASTAL", "DAY_SKIPPER", "STCW_BASIC", "VHF_SRC", "ENG_AEC"
    };

    public XmlDocument LoadManifest(byte[] manifestXml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }; // VULN xxe
        using var reader = XmlReader.Create(new MemoryStream(manifestXml), settings);
        var document = new XmlDocument();
        document.Load(reader);
        return document;
    }

    public IReadOnlyList<CrewMember> CrewWithRole(XmlDocument manifest, string role)
    {
        var nodes = manifest.SelectNodes($"/manifest/crew/member[@role='{role}']"); // VULN xpath
        return ToCrew(nodes);
    }

    public IReadOnlyList<CrewMember> CrewWithCertification(XmlDocument manifest, string certification)
    {
        if (!KnownCertifications.Contains(certification))
        {
            throw new ArgumentException($"Unknown certification code '{certification}'.", nameof(certification));
        }

        var nodes = manifest.SelectNodes($"/manifest/crew/member[certification='{certification}']"); // SAFE xpath
        return ToCrew(nodes);
    }

    public (string PolicyNumber, DateOnly ValidUntil, decimal ThirdPartyCover) ReadInsuranceCertificate(Stream certificateXml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }; // SAFE xxe
        using var reader = XmlReader.Create(certificateXml, settings);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(reader);

        var root = document.DocumentElement ?? throw new FormatException("Empty insurance certificate.");
        var policy = root.SelectSingleNode("policy/number")?.InnerText ?? throw new FormatException("Missing policy number.");
        var validUntil = DateOnly.Parse(root.SelectSingleNode("policy/validUntil")?.InnerText ?? throw new FormatException("Missing expiry."));
        var cover = decimal.Parse(root.SelectSingleNode("cover/thirdParty")?.InnerText ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return (policy, validUntil, cover);
    }

    private static IReadOnlyList<CrewMember> ToCrew(XmlNodeList? nodes)
    {
        var crew = new List<CrewMember>();
        if (nodes is null)
        {
            return crew;
        }

        foreach (XmlNode node in nodes)
        {
            crew.Add(new CrewMember(
                node.SelectSingleNode("name")?.InnerText ?? "(unnamed)",
                node.Attributes?["role"]?.Value ?? "crew",
                node.SelectSingleNode("certification")?.InnerText,
                node.SelectSingleNode("nationality")?.InnerText));
        }
        return crew;
    }
}
