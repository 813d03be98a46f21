using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.XPath;
using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

/// <summary>
/// Handles the XML flavour of HL7 v2 (ORU^R01) used by clinic practice-management systems and in-house analysers.
/// </summary>
public class Hl7XmlService(LabDbContext db, TimeProvider clock, ILogger<Hl7XmlService> logger)
{
    private static readonly Regex AnalyteCode = new(@"^[A-Z0-9]{2,12}\z", RegexOptions.Compiled);

    public Hl7Summary ParseInbound(string xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver(), PreserveWhitespace = false };
        doc.LoadXml(xml); // VULN xxe
        return Summarise(doc.CreateNavigator()!);
    }

    public Hl7Summary ParseInstrumentPayload(string instrumentId, string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver(), IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings); // VULN xxe
        var document = new XPathDocument(reader);
        logger.LogDebug("Parsed payload from analyser {InstrumentId}", instrumentId);
        return Summarise(document.CreateNavigator());
    }

    public Hl7Summary ParseUpload(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 20_000_000 };
        using var reader = XmlReader.Create(stream, settings); // SAFE xxe
        return Summarise(new XPathDocument(reader).CreateNavigator());
    }

    public async Task<int> StoreAsync(Hl7Summary summary, string rawXml, CancellationToken ct)
    {
        var message = new Hl7Message
        {
            MessageId = summary.MessageId,
            Accession = summary.Accession,
            RawXml = rawXml,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Hl7Messages.Add(message);

        var sample = await db.Samples.FirstOrDefaultAsync(s => s.Accession == summary.Accession, ct);
        if (sample is not null)
        {
            foreach (var obs in summary.Observations)
            {
                db.Results.Add(new TestResult
                {
                    SampleId = sample.Id,
                    AnalyteCode = obs.Code,
                    Value = double.TryParse(obs.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
                    Unit = obs.Unit,
                    Flag = obs.Flag,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        return message.Id;
    }

    public async Task<ObservationDto?> FindObservationAsync(int messageId, string code, CancellationToken ct)
    {
        var nav = await LoadStoredAsync(messageId, ct);
        var node = nav?.SelectSingleNode($"/HL7Message/OBX[@code='{code}']"); // VULN xpath
        return node is null ? null : ToObservation(node);
    }

    public async Task<string?> FindAnalyteValueAsync(int messageId, string analyte, CancellationToken ct)
    {
        if (!AnalyteCode.IsMatch(analyte))
        {
            throw new ArgumentException("Analyte codes are 2-12 upper-case letters or digits", nameof(analyte));
        }

        var nav = await LoadStoredAsync(messageId, ct);
        return nav?.SelectSingleNode($"/HL7Message/OBX[@code='{analyte}']/Value")?.Value; // SAFE xpath
    }

    private async Task<XPathNavigator?> LoadStoredAsync(int messageId, CancellationToken ct)
    {
        var message = await db.Hl7Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null)
        {
            return null;
        }

        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(message.RawXml); // SAFE xxe
        return doc.CreateNavigator();
    }

    private static Hl7Summary Summarise(XPathNavigator nav)
    {
        var messageId = nav.SelectSingleNode("/HL7Message/MSH/@controlId")?.Value ?? Guid.NewGuid().ToString("N");
        var accession = nav.SelectSingleNode("/HL7Message/OBR/@accession")?.Value ?? string.Empty;
        var observations = new List<ObservationDto>();
        var iterator = nav.Select("/HL7Message/OBX");
        while (iterator.MoveNext())
        {
            if (iterator.Current is { } current)
            {
                observations.Add(ToObservation(current));
            }
        }

        return new Hl7Summary(messageId, accession.Trim().ToUpperInvariant(), observations);
    }

    private static ObservationDto ToObservation(XPathNavigator node) => new(
        node.GetAttribute("code", string.Empty),
        node.SelectSingleNode("Value")?.Value,
        node.SelectSingleNode("Unit")?.Value,
        node.GetAttribute("flag", string.Empty));
}
