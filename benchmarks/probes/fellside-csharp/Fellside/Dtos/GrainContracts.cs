using Orleans;

namespace Fellside.Dtos;

[GenerateSerializer]
public sealed class BedRequest
{
    [Id(0)] public string Reference { get; set; } = string.Empty;
    [Id(1)] public DateOnly Arrival { get; set; }
    [Id(2)] public int Nights { get; set; }
    [Id(3)] public int PartySize { get; set; }
}

[GenerateSerializer]
public sealed class HutConditions
{
    [Id(0)] public string HutSlug { get; set; } = string.Empty;
    [Id(1)] public string RawObservation { get; set; } = string.Empty;
    [Id(2)] public DateTime FetchedUtc { get; set; }
    [Id(3)] public int BedsFreeTonight { get; set; }
}

[GenerateSerializer]
public sealed class CalloutLogLine
{
    [Id(0)] public string Author { get; set; } = string.Empty;
    [Id(1)] public string Text { get; set; } = string.Empty;
    [Id(2)] public DateTime AtUtc { get; set; }
}

[GenerateSerializer]
public sealed class CalloutSnapshot
{
    [Id(0)] public int CalloutId { get; set; }
    [Id(1)] public string Status { get; set; } = string.Empty;
    [Id(2)] public List<CalloutLogLine> Lines { get; set; } = new();
    [Id(3)] public List<string> Responders { get; set; } = new();
}
