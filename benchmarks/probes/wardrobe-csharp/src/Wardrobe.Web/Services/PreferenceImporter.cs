using System.Runtime.Serialization.Formatters.Binary;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Wardrobe.Web.Dtos;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wardrobe.Web.Services;

/// <summary>
/// Reads files people bring over from other tools: dashboard layouts exported from the old
/// desktop client, label designer templates, measurement sheets and till baskets.
/// </summary>
public sealed class PreferenceImporter
{
    private static readonly IDeserializer MeasurementReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly JsonSerializerSettings LabelTemplateSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new KnownTypesBinder(typeof(LabelTemplate), typeof(TextBlock), typeof(BarcodeBlock), typeof(ImageBlock)),
        MaxDepth = 16,
    };

    public DashboardLayout ImportDashboardLayout(string json)
    {
        var layout = JsonConvert.DeserializeObject<DashboardLayout>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All, MaxDepth = 32 }); // VULN deser
        if (layout is null)
        {
            throw new InvalidDataException("The layout file is empty.");
        }

        layout.Columns = Math.Clamp(layout.Columns, 1, 6);
        return layout;
    }

    public LabelTemplate ImportLabelTemplate(string json)
    {
        var template = JsonConvert.DeserializeObject<LabelTemplate>(json, LabelTemplateSettings); // SAFE deser
        return template ?? throw new InvalidDataException("The label template is empty.");
    }

    public MeasurementSheet ParseMeasurements(string yaml)
    {
        var sheet = MeasurementReader.Deserialize<MeasurementSheet>(yaml); // SAFE deser
        if (sheet is null || string.IsNullOrWhiteSpace(sheet.Performer))
        {
            throw new InvalidDataException("Measurement sheets must name the performer.");
        }

        return sheet;
    }

    public LegacyBasket ReadLegacyBasket(Stream stream)
    {
        var formatter = new BinaryFormatter();
        var basket = (LegacyBasket)formatter.Deserialize(stream); // VULN deser
        basket.Lines.RemoveAll(line => line.Quantity <= 0);
        return basket;
    }

    private sealed class KnownTypesBinder : ISerializationBinder
    {
        private readonly Dictionary<string, Type> _types;

        public KnownTypesBinder(params Type[] types)
        {
            _types = types.ToDictionary(t => t.FullName!, t => t, StringComparer.Ordinal);
        }

        public Type BindToType(string? assemblyName, string typeName) =>
            _types.TryGetValue(typeName, out var type)
                ? type
                : throw new JsonSerializationException($"Type '{typeName}' is not allowed in a label template.");

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            assemblyName = null;
            typeName = serializedType.FullName;
        }
    }
}
