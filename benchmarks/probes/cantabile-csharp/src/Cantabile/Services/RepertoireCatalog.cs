using System.Xml.XPath;
using Cantabile.Config;
using Microsoft.Extensions.Options;

namespace Cantabile.Services;

public sealed record SetPiece(string Title, string Composer, string Voicing, string Category, int DurationSeconds);

/// <summary>
/// The jury keeps the compulsory set pieces in an XML file each year; pieces stay embargoed
/// until the draw and are only served once their status is "published".
/// </summary>
public sealed class RepertoireCatalog
{
    private static readonly HashSet<string> Voicings = new(StringComparer.Ordinal) { "SATB", "SSA", "SSAA", "TTBB", "SAB", "SA", "TB", "SSATB", "SATB-div" };

    private readonly Lazy<XPathDocument> _document;

    public RepertoireCatalog(IOptions<CantabileOptions> options)
    {
        var path = Path.Combine(options.Value.StorageRoot, "jury", $"repertoire-{options.Value.FestivalYear}.xml");
        _document = new Lazy<XPathDocument>(() => new XPathDocument(path));
    }

    public IReadOnlyList<SetPiece> ForVoicing(string voicing)
    {
        if (!Voicings.Contains(voicing))
        {
            return Array.Empty<SetPiece>();
        }

        var navigator = _document.Value.CreateNavigator();
        return Read(navigator.Select($"/repertoire/piece[@status='published' and @voicing='{voicing}']")); // SAFE xpath
    }

    public IReadOnlyList<SetPiece> ByComposer(string composer)
    {
        var navigator = _document.Value.CreateNavigator();
        return Read(navigator.Select("/repertoire/piece[@status='published' and composer='" + composer + "']")); // VULN xpath
    }

    private static IReadOnlyList<SetPiece> Read(XPathNodeIterator iterator)
    {
        var pieces = new List<SetPiece>();
        while (iterator.MoveNext())
        {
            var node = iterator.Current!;
            pieces.Add(new SetPiece(
                node.SelectSingleNode("title")?.Value ?? string.Empty,
                node.SelectSingleNode("composer")?.Value ?? string.Empty,
                node.GetAttribute("voicing", string.Empty),
                node.GetAttribute("category", string.Empty),
                int.TryParse(node.SelectSingleNode("duration")?.Value, out var seconds) ? seconds : 0));
        }

        return pieces;
    }
}
