using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json;

namespace Quayside.Api.Services;

/// <summary>
/// The public timetable page keeps the traveller's search in a compact URL token so it can be bookmarked.
/// </summary>
public sealed class SailingSearchState
{
    public string? From { get; set; }
    public string? To { get; set; }
    public DateOnly? Date { get; set; }
    public int Passengers { get; set; } = 1;
    public string? Vehicle { get; set; }
    public Dictionary<string, object>? Preferences { get; set; }
}

public static class SearchStateCodec
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        NullValueHandling = NullValueHandling.Ignore,
    };

    public static string Encode(SailingSearchState state) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(state, Settings)));

    public static SailingSearchState? Decode(string token)
    {
        var json = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        return JsonConvert.DeserializeObject<SailingSearchState>(json, Settings); // VULN deser
    }
}
