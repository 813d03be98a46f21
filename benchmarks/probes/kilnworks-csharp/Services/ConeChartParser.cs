using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Kilnworks.Domain;

namespace Kilnworks.Services;

public sealed record ConeReading(string Cone, int TemperatureC, int RampCPerHour);

public sealed record ScheduleSegment(int Index, int RampCPerHour, int TargetC, int HoldMinutes);

public sealed partial class ConeChartParser
{
    private readonly XmlDocument _reference = new() { XmlResolver = null };
    private readonly ILogger<ConeChartParser> _logger;

    public ConeChartParser(IWebHostEnvironment env, ILogger<ConeChartParser> logger)
    {
        _logger = logger;
        var chartPath = Path.Combine(env.ContentRootPath, "Templates", "orton-cones.xml");
        if (File.Exists(chartPath))
        {
            using var stream = File.OpenRead(chartPath);
            LoadReference(stream);
        }
    }

    public void LoadReference(Stream stream)
    {
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }); // SAFE xxe
        _reference.Load(reader);
    }

    public IReadOnlyList<ScheduleSegment> ParseControllerSchedule(Stream upload)
    {
        var doc = new XmlDocument();
        using var reader = XmlReader.Create(upload, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }); // VULN xxe
        doc.Load(reader);

        var segments = new List<ScheduleSegment>();
        var nodes = doc.SelectNodes("/schedule/segment");
        if (nodes is null)
        {
            return segments;
        }
        var index = 0;
        foreach (XmlElement node in nodes)
        {
            segments.Add(new ScheduleSegment(
                ++index,
                int.Parse(node.GetAttribute("rate"), CultureInfo.InvariantCulture),
                int.Parse(node.GetAttribute("target"), CultureInfo.InvariantCulture),
                int.TryParse(node.GetAttribute("hold"), out var hold) ? hold : 0));
        }
        _logger.LogInformation("Parsed {Count} schedule segments ({Name})", segments.Count, doc.DocumentElement?.GetAttribute("name"));
        return segments;
    }

    public ConeReading? FindCone(string cone, string atmosphere)
    {
        if (!AtmospherePattern().IsMatch(atmosphere))
        {
            return null;
        }
        var node = _reference.SelectSingleNode($"/cones/cone[@number='{cone}' and @atmosphere='{atmosphere}']"); // VULN xpath
        return node is XmlElement element ? ToReading(element) : null;
    }

    public ConeReading? FindConeByRamp(int coneIndex, int ramp)
    {
        var node = _reference.SelectSingleNode($"/cones/cone[@index={coneIndex} and @ramp={ramp}]"); // SAFE xpath
        return node is XmlElement element ? ToReading(element) : null;
    }

    private static ConeReading ToReading(XmlElement element) => new(
        element.GetAttribute("number"),
        int.Parse(element.GetAttribute("celsius"), CultureInfo.InvariantCulture),
        int.Parse(element.GetAttribute("ramp"), CultureInfo.InvariantCulture));

    [GeneratedRegex("^(oxidation|reduction|neutral)$")]
    private static partial Regex AtmospherePattern();
}
