using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Xml;

namespace Rampwise.Web.Services;

[Serializable]
[DataContract(Namespace = "urn:rampwise:roster:1")]
public class RosterExport
{
    [DataMember(Order = 1)]
    public string HomeBase { get; set; } = string.Empty;

    [DataMember(Order = 2)]
    public DateTime ExportedUtc { get; set; }

    [DataMember(Order = 3)]
    public List<RosterExportLine> Lines { get; set; } = new();
}

[Serializable]
[DataContract(Namespace = "urn:rampwise:roster:1")]
public class RosterExportLine
{
    [DataMember(Order = 1)]
    public string BadgeNumber { get; set; } = string.Empty;

    [DataMember(Order = 2)]
    public DateTime DutyDate { get; set; }

    [DataMember(Order = 3)]
    public string Start { get; set; } = string.Empty;

    [DataMember(Order = 4)]
    public string End { get; set; } = string.Empty;

    [DataMember(Order = 5)]
    public string Team { get; set; } = string.Empty;
}

/// <summary>
/// Moves roster snapshots between the legacy desktop rostering tool (binary .rws files)
/// and the workforce management system (XML data contracts).
/// </summary>
public class RosterSnapshotService
{
    private readonly ILogger<RosterSnapshotService> _logger;

    public RosterSnapshotService(ILogger<RosterSnapshotService> logger)
    {
        _logger = logger;
    }

    public RosterExport RestoreLegacySnapshot(Stream upload)
    {
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var snapshot = formatter.Deserialize(upload); // VULN deser
#pragma warning restore SYSLIB0011

        if (snapshot is not RosterExport export)
        {
            throw new InvalidDataException("File is not a roster snapshot");
        }

        _logger.LogInformation("Restored legacy snapshot for {Base} with {Count} lines", export.HomeBase, export.Lines.Count);
        return export;
    }

    public RosterExport ImportWorkforceExport(Stream upload)
    {
        var serializer = new DataContractSerializer(typeof(RosterExport));
        using var reader = XmlDictionaryReader.CreateTextReader(upload, new XmlDictionaryReaderQuotas { MaxArrayLength = 1 << 20 });
        var export = serializer.ReadObject(reader) as RosterExport; // SAFE deser
        return export ?? throw new InvalidDataException("Empty roster export");
    }
}
