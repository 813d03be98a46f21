using Claimwell.Web.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Claimwell.Web.Messaging;

public static class MessageSerializer
{
    private static readonly JsonSerializerSettings InternalSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        DateParseHandling = DateParseHandling.DateTimeOffset,
        NullValueHandling = NullValueHandling.Ignore
    };

    // Partner payloads carry typed extension blocks (vehicle, property, travel) that we round-trip.
    private static readonly JsonSerializerSettings PartnerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MissingMemberHandling = MissingMemberHandling.Ignore
    };

    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, InternalSettings);

    public static T Deserialize<T>(string body) =>
        JsonConvert.DeserializeObject<T>(body, InternalSettings) ?? throw new JsonSerializationException($"Empty {typeof(T).Name} message."); // SAFE deser

    public static PartnerClaimEnvelope DeserializePartner(string body) =>
        JsonConvert.DeserializeObject<PartnerClaimEnvelope>(body, PartnerSettings) ?? throw new JsonSerializationException("Empty partner envelope."); // VULN deser
}
