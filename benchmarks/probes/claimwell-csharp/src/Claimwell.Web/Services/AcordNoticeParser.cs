using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Parses first-notice-of-loss documents pushed by partner systems.</summary>
public static class AcordNoticeParser
{
    private static readonly XNamespace Ns = "urn:claimwell:partner-fnol:2";

    public static PartnerClaimNotice Parse(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 5_000_000
        };

        using var reader = XmlReader.Create(xml, settings); // SAFE xxe
        var doc = XDocument.Load(reader);
        var root = doc.Root ?? throw new FormatException("Empty notice document.");

        string Required(string name) =>
            root.Element(Ns + name)?.Value.Trim() is { Length: > 0 } value
                ? value
                : throw new FormatException($"Notice is missing <{name}>.");

        var estimateText = root.Element(Ns + "Estimate")?.Value;
        decimal? estimate = decimal.TryParse(estimateText, NumberStyles.Number, CultureInfo.InvariantCulture, out var e) ? e : null;

        return new PartnerClaimNotice(
            Required("PartnerReference"),
            Required("PolicyNumber"),
            DateOnly.ParseExact(Required("LossDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Required("LossType"),
            Required("Narrative"),
            estimate);
    }
}
