using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public sealed record TrackPoint(double Latitude, double Longitude, double? Elevation, DateTime? TimeUtc);

public sealed record ParsedTrack(string Name, IReadOnlyList<TrackPoint> Points);

public class GpxTrackParser
{
    private const string GpxNs = "http://www.topografix.com/GPX/1/1";

    /// <summary>Tracks uploaded from responders' handsets during a callout.</summary>
    public ParsedTrack ParseResponderTrack(Stream gpx)
    {
        using var reader = XmlReader.Create(gpx, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }); // VULN xxe
        var doc = new XmlDocument();
        doc.Load(reader);
        return Extract(doc);
    }

    /// <summary>Planned routes submitted with a hut booking (optional, shown to the warden).</summary>
    public ParsedTrack ParsePlannedRoute(Stream gpx)
    {
        using var reader = XmlReader.Create(gpx, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }); // SAFE xxe
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(reader);
        return Extract(doc);
    }

    private static ParsedTrack Extract(XmlDocument doc)
    {
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", GpxNs);

        var name = doc.SelectSingleNode("/g:gpx/g:trk/g:name", ns)?.InnerText ?? "Untitled track";
        var points = new List<TrackPoint>();
        var nodes = doc.SelectNodes("//g:trkpt", ns);
        if (nodes is null)
        {
            return new ParsedTrack(name, points);
        }

        foreach (XmlElement pt in nodes)
        {
            var lat = double.Parse(pt.GetAttribute("lat"), CultureInfo.InvariantCulture);
            var lon = double.Parse(pt.GetAttribute("lon"), CultureInfo.InvariantCulture);
            double? ele = null;
            DateTime? time = null;
            var eleNode = pt.SelectSingleNode("g:ele", ns);
            if (eleNode is not null && double.TryParse(eleNode.InnerText, NumberStyles.Float, CultureInfo.InvariantCulture, out var e))
            {
                ele = e;
            }

            var timeNode = pt.SelectSingleNode("g:time", ns);
            if (timeNode is not null && DateTime.TryParse(timeNode.InnerText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var t))
            {
                time = t;
            }

            points.Add(new TrackPoint(lat, lon, ele, time));
        }

        return new ParsedTrack(name, points);
    }
}

public class TrackArchiveImporter
{
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".heic" };

    private readonly FellsideOptions _options;
    private readonly ILogger<TrackArchiveImporter> _logger;

    public TrackArchiveImporter(IOptions<FellsideOptions> options, ILogger<TrackArchiveImporter> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Unpacks the zip the handset app produces at the end of a shift (tracks + waypoint files).</summary>
    public IReadOnlyList<string> ImportShiftArchive(int calloutId, Stream zip)
    {
        var destination = Path.Combine(_options.TrackRoot, calloutId.ToString());
        Directory.CreateDirectory(destination);
        var written = new List<string>();

        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
            {
                continue;
            }

            var target = Path.Combine(destination, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            written.Add(target);
        }

        _logger.LogInformation("Imported {Count} files for callout {Id}", written.Count, calloutId);
        return written;
    }

    /// <summary>Scene photos bundled by the casualty-care lead.</summary>
    public IReadOnlyList<string> ImportScenePhotos(int calloutId, Stream zip)
    {
        var destination = Path.GetFullPath(Path.Combine(_options.PhotoRoot, "callouts", calloutId.ToString())) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destination);
        var written = new List<string>();

        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (!PhotoExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                _logger.LogWarning("Skipping archive entry outside destination: {Entry}", entry.FullName);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            written.Add(target);
        }

        return written;
    }
}
