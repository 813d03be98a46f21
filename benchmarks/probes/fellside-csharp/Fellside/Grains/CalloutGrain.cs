using Fellside.Domain;
using Fellside.Dtos;
using Fellside.Repositories;
using Orleans;
using Orleans.Runtime;

namespace Fellside.Grains;

public sealed class CalloutGrain : Grain, ICalloutGrain
{
    private readonly IPersistentState<CalloutSnapshot> _state;
    private readonly CalloutRepository _callouts;

    public CalloutGrain(
        [PersistentState("callout", "callouts")] IPersistentState<CalloutSnapshot> state,
        CalloutRepository callouts)
    {
        _state = state;
        _callouts = callouts;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _state.State.CalloutId = (int)this.GetPrimaryKeyLong();
        if (string.IsNullOrEmpty(_state.State.Status))
        {
            _state.State.Status = CalloutStatus.Open;
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public async Task AppendLog(CalloutLogLine line)
    {
        line.AtUtc = DateTime.UtcNow;
        _state.State.Lines.Add(line);
        await _callouts.AppendLogAsync(_state.State.CalloutId, line.Author, line.Text, CancellationToken.None);
        await _state.WriteStateAsync();
    }

    public async Task AddResponder(string callsign)
    {
        if (_state.State.Responders.Contains(callsign, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        _state.State.Responders.Add(callsign);
        if (_state.State.Status == CalloutStatus.Open)
        {
            _state.State.Status = CalloutStatus.Dispatched;
            await _callouts.SetStatusAsync(_state.State.CalloutId, CalloutStatus.Dispatched, CancellationToken.None);
        }

        await _state.WriteStateAsync();
    }

    public async Task StandDown(string reason, string by)
    {
        _state.State.Status = CalloutStatus.StoodDown;
        await AppendLog(new CalloutLogLine { Author = by, Text = "Stood down: " + reason });
        await _callouts.SetStatusAsync(_state.State.CalloutId, CalloutStatus.StoodDown, CancellationToken.None);
    }

    public Task<CalloutSnapshot> GetSnapshot() => Task.FromResult(_state.State);
}
