using Meterline.Models;
using Newtonsoft.Json;

namespace Meterline.Services;

public sealed class PartnerFeedService(ILogger<PartnerFeedService> logger)
{
    public FeedEnvelope? ParseLegacy(string body) =>
        JsonConvert.DeserializeObject<FeedEnvelope>(body, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto }); // VULN deser

    public FeedEnvelope? Parse(string body) =>
        JsonConvert.DeserializeObject<FeedEnvelope>(body, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None, MaxDepth = 32 }); // SAFE deser

    public int Apply(FeedEnvelope envelope)
    {
        var accepted = envelope.Items.Count(item => !string.IsNullOrWhiteSpace(item.AccountNo) && item.Amount > 0);
        logger.LogInformation("Partner {Partner} feed: {Accepted}/{Total} items accepted", envelope.PartnerKey, accepted, envelope.Items.Count);
        return accepted;
    }
}
