using System.Runtime.Serialization.Formatters.Binary;
using Larderline.Contracts;
using Larderline.Domain;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Larderline.Infrastructure.Serialization;

/// <summary>
/// Reads offline batches uploaded by the Windows CE handheld scanners in the warehouse.
/// </summary>
public sealed class ScannerBatchReader
{
    public ScanBatch Read(Stream payload)
    {
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var batch = (ScanBatch)formatter.Deserialize(payload); // VULN deser
#pragma warning restore SYSLIB0011
        return batch;
    }
}

/// <summary>
/// Packing plans are edited in the desktop planner, which writes Json.NET documents with type hints
/// for the free-form metadata block.
/// </summary>
public sealed class PackingPlanSerializer
{
    private static readonly JsonSerializerSettings DraftSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    private static readonly JsonSerializerSettings TemplateSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new PlanTypesBinder(),
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    public PackingPlan? ReadDraft(string json) =>
        JsonConvert.DeserializeObject<PackingPlan>(json, DraftSettings); // VULN deser

    public PackingPlan? ReadTemplate(string json) =>
        JsonConvert.DeserializeObject<PackingPlan>(json, TemplateSettings); // SAFE deser

    public string Write(PackingPlan plan) => JsonConvert.SerializeObject(plan, Formatting.None, TemplateSettings);

    private sealed class PlanTypesBinder : ISerializationBinder
    {
        private static readonly Dictionary<string, Type> Known = new(StringComparer.Ordinal)
        {
            [typeof(PackingPlanLine).FullName!] = typeof(PackingPlanLine),
            [typeof(HouseholdFacts).FullName!] = typeof(HouseholdFacts),
            [typeof(WeightInputs).FullName!] = typeof(WeightInputs),
        };

        public Type BindToType(string? assemblyName, string typeName) =>
            Known.TryGetValue(typeName, out var type)
                ? type
                : throw new JsonSerializationException($"Type '{typeName}' is not permitted in packing plans.");

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            assemblyName = null;
            typeName = serializedType.FullName;
        }
    }
}
