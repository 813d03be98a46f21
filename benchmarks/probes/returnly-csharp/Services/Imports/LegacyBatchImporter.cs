using System.Runtime.Serialization.Formatters.Binary;

namespace Returnly.Services.Imports;

/// <summary>Reads the .rbatch files exported by the old desktop refund tool (RefundDesk 3.x).</summary>
public sealed class LegacyBatchImporter(ILogger<LegacyBatchImporter> logger)
{
    public IReadOnlyList<LegacyRefundRecord> Read(Stream batchFile)
    {
#pragma warning disable SYSLIB0011
        var payload = new BinaryFormatter().Deserialize(batchFile); // VULN deser
#pragma warning restore SYSLIB0011
        var records = payload switch
        {
            LegacyRefundRecord[] array => array,
            List<LegacyRefundRecord> list => list.ToArray(),
            _ => throw new InvalidDataException($"Unexpected batch payload {payload.GetType().Name}"),
        };
        logger.LogInformation("Read {Count} legacy refund records", records.Length);
        return records;
    }
}
