using Newtonsoft.Json;

namespace Returnly.Services.Imports;

public static class CarrierEventReader
{
    // Schema 1 envelopes were produced by the partner SDK, which embeds .NET type names in attributes.
    public static CarrierEventEnvelope? ReadSchemaV1(string json) =>
        JsonConvert.DeserializeObject<CarrierEventEnvelope>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }); // VULN deser

    public static CarrierEventEnvelope? ReadSchemaV2(string json) =>
        JsonConvert.DeserializeObject<CarrierEventEnvelope>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }); // SAFE deser
}
