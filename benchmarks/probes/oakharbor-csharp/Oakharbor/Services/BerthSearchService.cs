using Oakharbor.Data;
using Oakharbor.Domain;

namespace Oakharbor.Services;

public sealed record BerthQuery(string? DockCode, decimal MinLengthMeters, string? Sort);

public sealed record BerthQuote(Berth Berth, int Nights, decimal Total, decimal ShorePowerSurcharge);

public sealed class BerthSearchService
{
    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dock"] = "b.dock_code, b.berth_number",
        ["length"] = "b.max_length_m DESC",
        ["beam"] = "b.max_beam_m DESC",
        ["rate"] = "b.daily_rate",
        ["power"] = "b.has_shore_power DESC, b.daily_rate"
    };

    private readonly IBerthRepository _berths;
    private readonly TariffCalculator _tariffs;

    public BerthSearchService(IBerthRepository berths, TariffCalculator tariffs)
    {
        _berths = berths;
        _tariffs = tariffs;
    }

    public Task<IReadOnlyList<Berth>> SearchAsync(BerthQuery query, CancellationToken ct = default)
    {
        var requested = string.IsNullOrWhiteSpace(query.Sort) ? "dock" : query.Sort.Trim();
        var orderBy = SortColumns.TryGetValue(requested, out var column) ? column : requested;
        var dock = string.IsNullOrWhiteSpace(query.DockCode) ? null : query.DockCode.Trim().ToUpperInvariant();
        return _berths.SearchAsync(dock, Math.Max(0m, query.MinLengthMeters), orderBy, ct);
    }

    public async Task<BerthQuote?> QuoteAsync(int berthId, Vessel vessel, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var berth = await _berths.GetAsync(berthId, ct);
        if (berth is null || !berth.Accommodates(vessel) || to <= from)
        {
            return null;
        }

        var nights = to.DayNumber - from.DayNumber;
        var globals = new TariffGlobals
        {
            LengthMeters = vessel.LengthOverallMeters,
            BeamMeters = vessel.BeamMeters,
            Nights = nights,
            BaseRate = berth.DailyRate
        };
        var total = await _tariffs.EvaluateStandardAsync(TariffCalculator.SeasonalRule(from), globals);
        var surcharge = berth.HasShorePower ? Math.Round(nights * 4.50m, 2) : 0m;
        return new BerthQuote(berth, nights, Math.Round(total + surcharge, 2), surcharge);
    }
}
