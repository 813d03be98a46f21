using System.Text.Json;
using Newtonsoft.Json;
using Oakharbor.Domain;

namespace Oakharbor.Services;

/// <summary>
/// Vessel profiles arrive from the broker integrations. "legacy-v1" is the format the old
/// desktop yard-management tool exported; everything newer is plain JSON.
/// </summary>
public sealed class VesselProfileImporter
{
    private static readonly JsonSerializerSettings LegacySettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset
    };

    private static readonly JsonSerializerOptions StandardOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        MaxDepth = 16
    };

    public VesselProfile Import(int vesselId, string format, string payload)
    {
        var profile = format == "legacy-v1" ? ImportLegacy(payload) : ImportStandard(payload);
        profile.VesselId = vesselId;
        return profile;
    }

    private static VesselProfile ImportLegacy(string payload)
    {
        return JsonConvert.DeserializeObject<VesselProfile>(payload, LegacySettings) ?? throw new FormatException("Empty legacy profile."); // VULN deser
    }

    private static VesselProfile ImportStandard(string payload)
    {
        return System.Text.Json.JsonSerializer.Deserialize<VesselProfile>(payload, StandardOptions) ?? throw new FormatException("Empty profile."); // SAFE deser
    }
}
