using Rampwise.Web.Models;
using Rampwise.Web.Repositories;
using Rampwise.Web.Security;

namespace Rampwise.Web.Services;

public interface ICrewRosterService
{
    Task<RosterViewModel> GetRosterAsync(string homeBase, DateOnly dutyDate, CancellationToken ct);
    Task<string> StartShiftSwapAsync(int shiftId, string requestedByBadge, string counterpartBadge, CancellationToken ct);
}

public class CrewRosterService : ICrewRosterService
{
    private readonly ICrewRepository _repository;
    private readonly ILogger<CrewRosterService> _logger;

    public CrewRosterService(ICrewRepository repository, ILogger<CrewRosterService> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    public async Task<RosterViewModel> GetRosterAsync(string homeBase, DateOnly dutyDate, CancellationToken ct)
    {
        var shifts = await _repository.GetRosterAsync(homeBase.ToUpperInvariant(), dutyDate, ct);
        return new RosterViewModel { HomeBase = homeBase.ToUpperInvariant(), DutyDate = dutyDate, Shifts = shifts };
    }

    public Task<string> StartShiftSwapAsync(int shiftId, string requestedByBadge, string counterpartBadge, CancellationToken ct)
    {
        var code = OneTimeCodes.NewShiftSwapCode();
        _logger.LogInformation("Shift swap for shift {ShiftId} requested by {Requester} with {Counterpart}", shiftId, requestedByBadge, counterpartBadge);
        return Task.FromResult(code);
    }
}
