using Fellside.Dtos;
using Fellside.Repositories;
using Fellside.Services;
using Orleans;
using Orleans.Runtime;

namespace Fellside.Grains;

[GenerateSerializer]
public sealed class HutBedState
{
    [Id(0)] public Dictionary<string, BedRequest> Reservations { get; set; } = new();
    [Id(1)] public int Capacity { get; set; }
}

public sealed class HutGrain : Grain, IHutGrain
{
    private static readonly TimeSpan ConditionsTtl = TimeSpan.FromMinutes(10);

    private readonly IPersistentState<HutBedState> _state;
    private readonly HutRepository _huts;
    private readonly WeatherStationClient _weather;
    private readonly ILogger<HutGrain> _logger;
    private HutConditions? _cachedConditions;

    public HutGrain(
        [PersistentState("beds", "huts")] IPersistentState<HutBedState> state,
        HutRepository huts,
        WeatherStationClient weather,
        ILogger<HutGrain> logger)
    {
        _state = state;
        _huts = huts;
        _weather = weather;
        _logger = logger;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_state.State.Capacity == 0)
        {
            var hut = await _huts.GetBySlugAsync(this.GetPrimaryKeyString(), cancellationToken);
            _state.State.Capacity = hut?.Beds ?? 0;
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<bool> ReserveBeds(BedRequest request)
    {
        if (request.PartySize <= 0 || request.Nights <= 0)
        {
            return false;
        }

        for (var i = 0; i < request.Nights; i++)
        {
            var night = request.Arrival.AddDays(i);
            if (Occupied(night) + request.PartySize > _state.State.Capacity)
            {
                return false;
            }
        }

        _state.State.Reservations[request.Reference] = request;
        await _state.WriteStateAsync();
        return true;
    }

    public async Task ReleaseBeds(string reference)
    {
        if (_state.State.Reservations.Remove(reference))
        {
            await _state.WriteStateAsync();
        }
    }

    public Task<int> BedsFree(DateOnly night) => Task.FromResult(Math.Max(0, _state.State.Capacity - Occupied(night)));

    public async Task<HutConditions> GetConditions()
    {
        if (_cachedConditions is not null && DateTime.UtcNow - _cachedConditions.FetchedUtc < ConditionsTtl)
        {
            return _cachedConditions;
        }

        var slug = this.GetPrimaryKeyString();
        var hut = await _huts.GetBySlugAsync(slug, CancellationToken.None);
        var observation = string.Empty;
        if (!string.IsNullOrWhiteSpace(hut?.WeatherStationUrl))
        {
            try
            {
                observation = await _weather.GetLatestObservationAsync(hut.WeatherStationUrl, CancellationToken.None);
            }
            catch (HttpRequestException ex)
            {
                _logger.LogWarning(ex, "Station for {Hut} unreachable", slug);
            }
        }

        _cachedConditions = new HutConditions
        {
            HutSlug = slug,
            RawObservation = observation,
            FetchedUtc = DateTime.UtcNow,
            BedsFreeTonight = Math.Max(0, _state.State.Capacity - Occupied(DateOnly.FromDateTime(DateTime.UtcNow)))
        };
        return _cachedConditions;
    }

    private int Occupied(DateOnly night) =>
        _state.State.Reservations.Values
            .Where(r => r.Arrival <= night && r.Arrival.AddDays(r.Nights) > night)
            .Sum(r => r.PartySize);
}
