using Newtonsoft.Json;

namespace Cantabile.Services;

public sealed class FestivalProgramme
{
    public int Year { get; set; }
    public string Title { get; set; } = string.Empty;
    public List<ProgrammeSession> Sessions { get; set; } = new();

    /// <summary>Free-form data attached by the planning tool (stage plots, lighting cues, sponsor slots).</summary>
    public Dictionary<string, object> Extensions { get; set; } = new();
}

public sealed class ProgrammeSession
{
    public string Venue { get; set; } = string.Empty;
    public DateTime StartsAt { get; set; }
    public string Category { get; set; } = string.Empty;
    public List<int> RegistrationIds { get; set; } = new();
}

public sealed class RunningOrder
{
    public string Category { get; set; } = string.Empty;
    public string Round { get; set; } = string.Empty;
    public List<int> RegistrationIds { get; set; } = new();
}

/// <summary>
/// Imports programme snapshots exported from the festival office's planning tool, and running orders from the stage manager app.
/// </summary>
public sealed class ProgrammeSnapshotService
{
    private readonly ILogger<ProgrammeSnapshotService> _logger;

    public ProgrammeSnapshotService(ILogger<ProgrammeSnapshotService> logger)
    {
        _logger = logger;
    }

    public FestivalProgramme ImportSnapshot(string json)
    {
        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        };

        var programme = JsonConvert.DeserializeObject<FestivalProgramme>(json, settings) ?? throw new FormatException("Empty programme snapshot."); // VULN deser
        _logger.LogInformation("Imported programme {Title} with {Sessions} sessions", programme.Title, programme.Sessions.Count);
        return programme;
    }

    public RunningOrder ImportRunningOrder(string json)
    {
        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None,
            MaxDepth = 8,
            MissingMemberHandling = MissingMemberHandling.Error,
        };

        var order = JsonConvert.DeserializeObject<RunningOrder>(json, settings) ?? throw new FormatException("Empty running order."); // SAFE deser
        if (order.RegistrationIds.Distinct().Count() != order.RegistrationIds.Count)
        {
            throw new FormatException("A choir appears twice in the running order.");
        }

        return order;
    }
}
