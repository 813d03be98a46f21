using System.Xml;
using System.Xml.Linq;
using Cantabile.Domain;

namespace Cantabile.Services;

public sealed record MusicXmlSummary(string Title, string Composer, string? Arranger, IReadOnlyList<string> Parts, string? Rights);

/// <summary>
/// Reads score-partwise MusicXML exported from Sibelius, Finale, MuseScore and Dorico.
/// </summary>
public sealed class MusicXmlImporter
{
    private readonly ILogger<MusicXmlImporter> _logger;

    public MusicXmlImporter(ILogger<MusicXmlImporter> logger)
    {
        _logger = logger;
    }

    /// <summary>Full import: the partwise DTD is resolved so entity references in older Finale exports expand.</summary>
    public MusicXmlSummary Import(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = new XmlUrlResolver(),
            IgnoreWhitespace = true,
        };

        using var reader = XmlReader.Create(upload, settings);
        var document = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        document.Load(reader); // VULN xxe

        var title = document.SelectSingleNode("/score-partwise/work/work-title")?.InnerText
                    ?? document.SelectSingleNode("/score-partwise/movement-title")?.InnerText
                    ?? "Untitled";
        var composer = document.SelectSingleNode("/score-partwise/identification/creator[@type='composer']")?.InnerText ?? "Anonymous";
        var arranger = document.SelectSingleNode("/score-partwise/identification/creator[@type='arranger']")?.InnerText;
        var rights = document.SelectSingleNode("/score-partwise/identification/rights")?.InnerText;

        var parts = new List<string>();
        var nodes = document.SelectNodes("/score-partwise/part-list/score-part/part-name");
        if (nodes is not null)
        {
            foreach (XmlNode node in nodes)
            {
                parts.Add(node.InnerText.Trim());
            }
        }

        _logger.LogInformation("Imported MusicXML '{Title}' by {Composer} with {Parts} parts", title, composer, parts.Count);
        return new MusicXmlSummary(title.Trim(), composer.Trim(), arranger?.Trim(), parts, rights);
    }

    /// <summary>Quick look used by the upload preview: structure only, no DTD.</summary>
    public MusicXmlSummary Inspect(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
        };

        using var reader = XmlReader.Create(upload, settings);
        var document = XDocument.Load(reader); // SAFE xxe

        var root = document.Root ?? throw new FormatException("Empty MusicXML document.");
        var title = root.Element("work")?.Element("work-title")?.Value ?? root.Element("movement-title")?.Value ?? "Untitled";
        var creators = root.Element("identification")?.Elements("creator").ToList() ?? new List<XElement>();
        var composer = creators.FirstOrDefault(c => (string?)c.Attribute("type") == "composer")?.Value ?? "Anonymous";
        var arranger = creators.FirstOrDefault(c => (string?)c.Attribute("type") == "arranger")?.Value;
        var parts = root.Element("part-list")?.Elements("score-part").Select(p => p.Element("part-name")?.Value ?? p.Attribute("id")?.Value ?? "?").ToList() ?? new List<string>();

        return new MusicXmlSummary(title, composer, arranger, parts, root.Element("identification")?.Element("rights")?.Value);
    }

    public static SheetMusicTitle ToCatalogueEntry(MusicXmlSummary summary, string voicing, string language, string publisher)
    {
        return new SheetMusicTitle
        {
            Id = Guid.NewGuid(),
            Title = summary.Title,
            Composer = summary.Composer,
            Arranger = summary.Arranger,
            Voicing = voicing,
            Language = language,
            Publisher = publisher,
            Parts = summary.Parts.ToList(),
            Notes = summary.Rights,
        };
    }
}
