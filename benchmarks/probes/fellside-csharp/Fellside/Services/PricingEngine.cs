using Fellside.Domain;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Fellside.Services;

public class PricingGlobals
{
    public decimal Rate { get; set; }
    public int Nights { get; set; }
    public int Party { get; set; }
    public DateTime Arrival { get; set; }
    public bool Weekend { get; set; }
    public int Month { get; set; }
}

public class PricingEngine
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithImports("System", "System.Linq")
        .WithReferences(typeof(Enumerable).Assembly);

    private readonly ILogger<PricingEngine> _logger;

    public PricingEngine(ILogger<PricingEngine> logger)
    {
        _logger = logger;
    }

    public decimal StandardPrice(Hut hut, int nights, int party) =>
        decimal.Round(hut.NightlyRate * nights * party, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Wardens can express seasonal pricing as a short formula, e.g.
    /// <c>Rate * Nights * Party * (Weekend ? 1.2m : 1m)</c>.
    /// </summary>
    public async Task<decimal> QuoteAsync(Hut hut, DateOnly arrival, int nights, int party, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(hut.PricingRule))
        {
            return StandardPrice(hut, nights, party);
        }

        var globals = new PricingGlobals
        {
            Rate = hut.NightlyRate,
            Nights = nights,
            Party = party,
            Arrival = arrival.ToDateTime(TimeOnly.MinValue),
            Weekend = arrival.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday,
            Month = arrival.Month
        };

        try
        {
            var total = await CSharpScript.EvaluateAsync<decimal>(hut.PricingRule, Options, globals, typeof(PricingGlobals), ct); // VULN code
            return decimal.Round(total, 2, MidpointRounding.AwayFromZero);
        }
        catch (CompilationErrorException ex)
        {
            _logger.LogWarning("Pricing rule for {Hut} failed to compile: {Errors}", hut.Slug, string.Join("; ", ex.Diagnostics));
            return StandardPrice(hut, nights, party);
        }
    }
}
