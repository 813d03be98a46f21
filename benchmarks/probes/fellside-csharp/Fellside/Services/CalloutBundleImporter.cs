using Newtonsoft.Json;

namespace Fellside.Services;

public class CalloutBundle
{
    public string IncidentRef { get; set; } = string.Empty;
    public string TeamCode { get; set; } = string.Empty;
    public string Location { get; set; } = string.Empty;
    public string GridReference { get; set; } = string.Empty;
    public int Casualties { get; set; }
    public List<BundleLogLine> Log { get; set; } = new();
    public Dictionary<string, object> Extensions { get; set; } = new();
}

public class BundleLogLine
{
    public string Author { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// Neighbouring teams hand over incidents that cross the boundary as a JSON bundle exported
/// from their own logging tool.
/// </summary>
public class CalloutBundleImporter
{
    private static readonly JsonSerializerSettings LegacySettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MissingMemberHandling = MissingMemberHandling.Ignore
    };

    private static readonly System.Text.Json.JsonSerializerOptions StrictOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        MaxDepth = 16
    };

    public CalloutBundle? ReadLegacyBundle(string json)
    {
        return JsonConvert.DeserializeObject<CalloutBundle>(json, LegacySettings); // VULN deser
    }

    public CalloutBundle? ReadBundle(string json)
    {
        return System.Text.Json.JsonSerializer.Deserialize<CalloutBundle>(json, StrictOptions); // SAFE deser
    }
}
