using Rampwise.Web.Domain;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Services;

public interface ITurnaroundService
{
    Task<TurnaroundListViewModel> ListAsync(string station, string? sort, DateOnly day, CancellationToken ct);
    Task<TurnaroundDetailsViewModel?> DetailsAsync(Guid id, CancellationToken ct);
    Task AddRemarkAsync(RemarkForm form, string author, CancellationToken ct);
    Task SetDelayAsync(DelayForm form, CancellationToken ct);
    Task<bool> ChangeStatusAsync(Guid id, TurnaroundStatus status, string changedBy, CancellationToken ct);
    Task<bool> CompleteTaskAsync(Guid turnaroundId, int taskId, string completedBy, CancellationToken ct);
}

public class TurnaroundService : ITurnaroundService
{
    private readonly ITurnaroundRepository _repository;
    private readonly IGroundEventRepository _events;
    private readonly ILogger<TurnaroundService> _logger;

    public TurnaroundService(ITurnaroundRepository repository, IGroundEventRepository events, ILogger<TurnaroundService> logger)
    {
        _repository = repository;
        _events = events;
        _logger = logger;
    }

    public async Task<TurnaroundListViewModel> ListAsync(string station, string? sort, DateOnly day, CancellationToken ct)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = from.AddDays(1);
        var rows = await _repository.SearchAsync(station.ToUpperInvariant(), sort, from, to, ct);
        return new TurnaroundListViewModel { Station = station, Sort = sort, Turnarounds = rows };
    }

    public async Task<TurnaroundDetailsViewModel?> DetailsAsync(Guid id, CancellationToken ct)
    {
        var turnaround = await _repository.GetAsync(id, ct);
        if (turnaround is null)
        {
            return null;
        }

        var now = DateTime.UtcNow;
        return new TurnaroundDetailsViewModel
        {
            Turnaround = turnaround,
            RemarksHtml = RemarkFormatter.ToHtml(turnaround.Remarks),
            FormattedDelayNote = RemarkFormatter.DelayBadge(turnaround.DelayCode),
            LateTasks = turnaround.Tasks.Where(t => t.IsLate(now)).OrderBy(t => t.PlannedEndUtc).ToList()
        };
    }

    public async Task AddRemarkAsync(RemarkForm form, string author, CancellationToken ct)
    {
        var stamped = $"[{DateTime.UtcNow:HH:mm}Z {author}] {form.Text.Trim()}";
        await _repository.AppendRemarkAsync(form.TurnaroundId, stamped, ct);
        _logger.LogInformation("Remark added to turnaround {TurnaroundId} by {Author}", form.TurnaroundId, author);
    }

    public async Task SetDelayAsync(DelayForm form, CancellationToken ct)
    {
        await _repository.SetDelayAsync(form.TurnaroundId, form.DelayCode, ct);
        if (!string.IsNullOrWhiteSpace(form.Note))
        {
            await _repository.AppendRemarkAsync(form.TurnaroundId, $"DLY {form.DelayCode}: {form.Note}", ct);
        }
    }

    public async Task<bool> ChangeStatusAsync(Guid id, TurnaroundStatus status, string changedBy, CancellationToken ct)
    {
        var updated = await _repository.UpdateStatusAsync(id, status, changedBy, ct);
        if (updated == 0)
        {
            return false;
        }

        var turnaround = await _repository.GetAsync(id, ct);
        if (turnaround is not null)
        {
            await _events.InsertAsync(new GroundEventDto
            {
                Station = turnaround.Station,
                EventType = "status:" + status,
                TailNumber = turnaround.TailNumber,
                OccurredUtc = DateTime.UtcNow,
                Detail = changedBy
            }, ct);
        }
        return true;
    }

    public Task<bool> CompleteTaskAsync(Guid turnaroundId, int taskId, string completedBy, CancellationToken ct) =>
        _repository.CompleteTaskAsync(turnaroundId, taskId, completedBy, ct);
}
