using Newtonsoft.Json;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Services;

/// <summary>
/// Airlines upload their handling-agreement parameters (targets, delay-code mapping,
/// notification lists) and stand allocation plans as JSON.
/// </summary>
public class PartnerSettingsImporter
{
    private static readonly JsonSerializerSettings AgreementSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc
    };

    private static readonly JsonSerializerSettings PlanSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc
    };

    private readonly IAirlineRepository _airlines;
    private readonly ILogger<PartnerSettingsImporter> _logger;

    public PartnerSettingsImporter(IAirlineRepository airlines, ILogger<PartnerSettingsImporter> logger)
    {
        _airlines = airlines;
        _logger = logger;
    }

    public async Task<PartnerSettings> ImportAgreementAsync(string airlineCode, string json, CancellationToken ct)
    {
        var settings = JsonConvert.DeserializeObject<PartnerSettings>(json, AgreementSettings) // VULN deser
                       ?? throw new InvalidDataException("Empty agreement document");

        if (!string.Equals(settings.AirlineCode, airlineCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("Agreement belongs to a different airline");
        }

        var profile = await _airlines.FindAsync(airlineCode, ct) ?? throw new KeyNotFoundException(airlineCode);
        profile.TargetTurnaroundMinutes = settings.TargetTurnaroundMinutes;
        profile.OnTimeTargetPercent = settings.OnTimeTargetPercent;
        await _airlines.SaveAsync(profile, ct);

        _logger.LogInformation("Imported agreement parameters for {Airline}", airlineCode);
        return settings;
    }

    public StandAllocationImport ImportStandPlan(string json)
    {
        var plan = JsonConvert.DeserializeObject<StandAllocationImport>(json, PlanSettings); // SAFE deser
        if (plan is null || plan.Lines.Count == 0)
        {
            throw new InvalidDataException("Stand plan is empty");
        }

        var invalid = plan.Lines.FirstOrDefault(l => l.ToUtc <= l.FromUtc);
        if (invalid is not null)
        {
            throw new InvalidDataException($"Stand {invalid.Stand}: allocation end precedes start");
        }
        return plan;
    }
}
